import type { Enum_Teilhabelifesituation_Icon } from '@teilhabe/graphql';

/**
 * A life situation's symbol. The names come from the CMS's `icon`
 * enumeration through the GraphQL schema, so a new one there fails the
 * type check here until it has its drawing.
 */
export type LifeSituationIcon = Enum_Teilhabelifesituation_Icon;

/**
 * Simple line drawings on a 24 × 24 grid, one SVG path per symbol.
 * Decorative: the card's title names the topic.
 */
export const LIFE_SITUATION_SYMBOLS: Readonly<Record<LifeSituationIcon, string>> = {
  language: 'M4 5h16v10H9l-5 4z M8 9h8 M8 12h5',
  childcare:
    'M12 7a2.5 2.5 0 1 0 0-5a2.5 2.5 0 0 0 0 5z M7 21v-6l-2-4l3-2h8l3 2l-2 4v6 M10 21v-4h4v4',
  advice: 'M12 21a9 9 0 1 0 0-18a9 9 0 0 0 0 18z M12 11v6 M12 7.5v.5',
  work: 'M3 8h18v12H3z M9 8V5h6v3 M3 13h18',
  discrimination: 'M12 3l8 3v6c0 4.5-3.4 8-8 9c-4.6-1-8-4.5-8-9V6z M9 12l2 2l4-4',
  participation:
    'M8 9a2.5 2.5 0 1 0 0-5a2.5 2.5 0 0 0 0 5z M16 9a2.5 2.5 0 1 0 0-5a2.5 2.5 0 0 0 0 5z M3 20v-3a4 4 0 0 1 8 0v3 M13 20v-3a4 4 0 0 1 8 0v3',
};

/** The symbol for an entry without a known icon: a plain circle. */
export const DEFAULT_LIFE_SITUATION_SYMBOL = 'M12 21a9 9 0 1 0 0-18a9 9 0 0 0 0 18z';

/**
 * @param value anything
 * @returns whether the portal has a drawing of that name
 */
export function isLifeSituationIcon(value: unknown): value is LifeSituationIcon {
  return typeof value === 'string' && Object.hasOwn(LIFE_SITUATION_SYMBOLS, value);
}
