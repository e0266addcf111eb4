import { formDefinitionSchema, lintForm } from '@teilhabe/forms';
import { commentPublishingDraftIssues } from './comment-publishing';
import type { DraftDefinition } from './draft';
import { pathOf, type BuilderIssue } from './issues';
import { fromSchemaIssue } from './schema-issues';
import { structureIssues } from './structure-issues';

/**
 * Every issue of a draft: while its shape is wrong, the contract's schema
 * and what only the whole definition shows (`structureIssues`); once the
 * shape is right, the checks publishing enforces (`lintForm` of
 * `@teilhabe/forms`). Comment publishing always gets the messages of
 * publishing, whatever the shape. One message per place is enough to act on.
 * @param draft the definition being built
 * @returns the issues, in the order of the builder
 */
export const validateDraft = (draft: DraftDefinition): BuilderIssue[] => {
  const parsed = formDefinitionSchema.safeParse(draft);
  // While the shape is wrong, the builder's own whole-form checks help the
  // editor on; once it is right, the checks publishing enforces take over.
  const issues: BuilderIssue[] = parsed.success
    ? lintForm({ definition: parsed.data }).map((issue) => ({
        path: pathOf(issue.path),
        message: 'error.invalid',
        text: issue.message,
      }))
    : [
        ...parsed.error.issues
          .map(fromSchemaIssue)
          .filter((issue) => !issue.path.startsWith('commentPublishing')),
        ...structureIssues(draft),
        ...commentPublishingDraftIssues(draft),
      ];
  const seen = new Set<string>();
  return issues.filter((issue) => {
    if (seen.has(issue.path)) {
      return false;
    }
    seen.add(issue.path);
    return true;
  });
};
