import { conceptDomain } from './concept';
import type { Domain } from './core/domain';
import { directoryDomain } from './directory';
import { editorialDomain } from './editorial';
import { feedbackDomain } from './feedback';
import { formsDomain } from './forms';

/** The plugin's domains. */
export const DOMAINS: readonly Domain[] = [
  editorialDomain,
  directoryDomain,
  formsDomain,
  feedbackDomain,
  conceptDomain,
];
