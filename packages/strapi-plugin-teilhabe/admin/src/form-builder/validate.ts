import { formDefinitionSchema } from '@teilhabe/forms';
import type { DraftDefinition } from './draft';
import type { BuilderIssue } from './issues';
import { fromSchemaIssue } from './schema-issues';
import { structureIssues } from './structure-issues';

/**
 * Every issue of a draft: the contract's schema first, then what only the
 * whole definition shows. One message per place is enough to act on.
 * @param draft the definition being built
 * @returns the issues, in the order of the builder
 */
export const validateDraft = (draft: DraftDefinition): BuilderIssue[] => {
  const parsed = formDefinitionSchema.safeParse(draft);
  const issues = [
    ...(parsed.success ? [] : parsed.error.issues.map(fromSchemaIssue)),
    ...structureIssues(draft),
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
