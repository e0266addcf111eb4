import { isLifeSituationIcon, type LifeSituationIcon } from '../life-situation-symbols';
import type { PageRole, TranslationStatus } from '../types/view-models';

const PAGE_ROLES: readonly PageRole[] = [
  'imprint',
  'privacy',
  'accessibility',
  'easy-language',
  'other',
];
const TRANSLATION_STATUSES: readonly TranslationStatus[] = [
  'source',
  'demo-translation',
  'reviewed-translation',
];

/**
 * GraphQL enum names cannot contain hyphens, so Strapi publishes `easy-language`
 * as `easy_language`. This turns the GraphQL name back into the schema value.
 */
function fromGraphqlEnum(value: unknown): string | null {
  return typeof value === 'string' ? value.replace(/_/g, '-') : null;
}

function pick<T extends string>(allowed: readonly T[], value: unknown): T | null {
  const normalized = fromGraphqlEnum(value);
  return allowed.find((candidate) => candidate === normalized) ?? null;
}

/**
 * Reads a page role from a GraphQL result.
 * @param value the `role` field as the CMS sent it
 * @returns the role, or `other` for unknown values
 */
export function toPageRole(value: unknown): PageRole {
  return pick(PAGE_ROLES, value) ?? 'other';
}

/**
 * Reads a translation status from a GraphQL result.
 * @param value the `translationStatus` field as the CMS sent it
 * @returns the status, or `source` when missing
 */
export function toTranslationStatus(value: unknown): TranslationStatus {
  return pick(TRANSLATION_STATUSES, value) ?? 'source';
}

/**
 * Reads a life-situation icon from a GraphQL result.
 * @param value the `icon` field as the CMS sent it
 * @returns the icon, or `null` for values the portal has no symbol for
 */
export function toLifeSituationIcon(value: unknown): LifeSituationIcon | null {
  const name = fromGraphqlEnum(value);
  return isLifeSituationIcon(name) ? name : null;
}
