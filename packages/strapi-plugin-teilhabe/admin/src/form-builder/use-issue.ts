import { useBuilder } from './builder-context';
import { issuesAt } from './issues';
import { useText } from './use-text';

/**
 * The message of the first issue at one or more places, in the admin's language.
 * @param paths dotted paths; the first with an issue wins
 * @returns the message, or `undefined` when all is well there
 */
export const useIssue = (...paths: string[]): string | undefined => {
  const { issues } = useBuilder();
  const t = useText();
  for (const path of paths) {
    const [issue] = issuesAt(issues, path);
    if (issue) {
      return issue.text ?? t(issue.message, issue.values);
    }
  }
  return undefined;
};
