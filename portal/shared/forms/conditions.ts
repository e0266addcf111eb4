import type { Condition } from '@teilhabe/forms';

/** Answers keyed by field key, as `docs/forms.md` describes them. */
export type Answers = Record<string, unknown>;

function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null || value === '') {
    return false;
  }
  return !Array.isArray(value) || value.length > 0;
}

/**
 * Whether a field's or step's condition holds for the answers given so far.
 * @param condition the condition, or none (always shown)
 * @param answers the top-level answers
 * @returns true when the field or step is shown
 */
export function conditionHolds(condition: Condition | undefined, answers: Answers): boolean {
  if (!condition) {
    return true;
  }
  const answer = answers[condition.field];
  switch (condition.operator) {
    case 'answered':
      return isAnswered(answer);
    case 'includes':
      return Array.isArray(answer) && answer.includes(condition.value);
    case 'equals':
      return answer === condition.value;
    case 'notEquals':
      return answer !== condition.value;
  }
}
