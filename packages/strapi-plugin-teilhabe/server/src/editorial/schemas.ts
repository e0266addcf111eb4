import { z } from 'zod';

/**
 * The symbols a life situation can show on the home page: the values of the
 * life-situation type's `icon` enumeration (`content-types/life-situation`),
 * of the demo data's and, through the GraphQL schema, of the portal's icons.
 */
export const LIFE_SITUATION_ICONS = [
  'language',
  'childcare',
  'advice',
  'work',
  'discrimination',
  'participation',
] as const;

export type LifeSituationIcon = (typeof LIFE_SITUATION_ICONS)[number];

/** A life situation's `icon`. */
export const lifeSituationIconSchema = z.enum(LIFE_SITUATION_ICONS);
