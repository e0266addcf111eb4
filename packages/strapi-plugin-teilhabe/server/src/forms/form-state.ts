import type { FormSettings } from '@teilhabe/forms';

/** Whether a published form takes submissions now. */
export type FormState = 'open' | 'notYetOpen' | 'closed' | 'full';

/**
 * The state of a form from its settings, the number of submissions it has
 * and the time.
 * @param settings the settings of its current version
 * @param submissions how many submissions it holds
 * @param now the time asked about
 */
export const formState = (settings: FormSettings, submissions: number, now: Date): FormState => {
  if (settings.opensAt && new Date(settings.opensAt) > now) {
    return 'notYetOpen';
  }
  if (settings.closesAt && new Date(settings.closesAt) <= now) {
    return 'closed';
  }
  if (settings.submissionLimit !== null && submissions >= settings.submissionLimit) {
    return 'full';
  }
  return 'open';
};
