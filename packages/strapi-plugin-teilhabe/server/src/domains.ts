import type { Domain } from './core/domain';
import { directoryDomain } from './directory';
import { editorialDomain } from './editorial';

/** The plugin's domains; a new one (forms, the concept) is added here. */
export const DOMAINS: readonly Domain[] = [editorialDomain, directoryDomain];
