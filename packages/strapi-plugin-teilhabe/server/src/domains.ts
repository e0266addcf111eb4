import type { Domain } from './core/domain';
import { directoryDomain } from './directory';
import { editorialDomain } from './editorial';
import { feedbackDomain } from './feedback';
import { formsDomain } from './forms';

/** The plugin's domains; a new one (the concept) is added here. */
export const DOMAINS: readonly Domain[] = [
  editorialDomain,
  directoryDomain,
  formsDomain,
  feedbackDomain,
];
