import { rowKey, tableOf, type StoredRow, type StoredTexts } from './stored-texts';

/**
 * What the public offer page shows of an offer's texts, and what it must
 * show given the stored texts: each text in the page's locale where it is
 * translated, else in German (the rule the schema documents).
 */

type Shown = { text: string; locale: string } | null;
type Term = { code: string; label: Shown } | null;
type TextMap = Record<string, unknown> | null | undefined;

/** An offer as {@link offerTextsQuery} returns it. */
export interface PublicOffer {
  documentId: string;
  title: Shown;
  summary: Shown;
  description: Shown;
  cost: { note: Shown };
  accessibility: { note: Shown };
  links: Array<{ url: string; label: Shown }>;
  category: Term;
  targetGroups: Term[];
  districts: Term[];
  languageCourse: { fundingNote: Shown; courseType: Term } | null;
  provider: { documentId: string; name: string; description: Shown } | null;
  locations: Array<{
    documentId: string;
    name: string;
    street: string | null;
    city: string | null;
    district: Term;
  }>;
  contacts: Array<{ documentId: string; role: Shown }>;
}

const TEXT = '{ text locale }';
const TERM = `{ code label ${TEXT} }`;

/**
 * The public offer page's query (`teilhabeOfferBySlug`) once per locale,
 * each answer under its locale's code, with the texts of an offer and of
 * what it links to, and the ids that say whose they are. The portal's
 * `OfferBySlug` asks for all of this and more, one locale at a time;
 * reading only the texts, all locales at once, keeps every offer in every
 * locale within the test's time.
 * @param locales the locales to read
 */
export const offerTextsQuery = (locales: string[]): string => `query OfferTexts($slug: String!) {
  ${locales
    .map(
      (locale) =>
        `${locale}: teilhabeOfferBySlug(locale: "${locale}", slug: $slug) { offer { ...Texts } }`
    )
    .join('\n  ')}
}
fragment Texts on TeilhabeDirectoryOffer {
  documentId title ${TEXT} summary ${TEXT} description ${TEXT}
  cost { note ${TEXT} } accessibility { note ${TEXT} } links { url label ${TEXT} }
  category ${TERM} targetGroups ${TERM} districts ${TERM}
  languageCourse { fundingNote ${TEXT} courseType ${TERM} }
  provider { documentId name description ${TEXT} }
  locations { documentId name street city district ${TERM} }
  contacts { documentId role ${TEXT} }
}`;

const GERMAN = 'de';
/** A content type of the plugin by its name. */
const pluginUid = (name: string) => `plugin::teilhabe.${name}`;

const present = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

const shown = (locale: string, translated: unknown, german: unknown): Shown => {
  if (present(translated)) {
    return { text: translated, locale };
  }
  return present(german) ? { text: german, locale: GERMAN } : null;
};

/**
 * A `{ de, en, … }` map's text as the public API shows it in a locale.
 * @param map a stored map of texts
 * @param locale the page's locale
 * @returns the text of the locale where there is one, else the German one, or null
 */
export const fromMap = (map: unknown, locale: string): Shown =>
  shown(locale, (map as TextMap)?.[locale], (map as TextMap)?.[GERMAN]);

const term = (value: Term | undefined) => (value ? { code: value.code, label: value.label } : null);

/**
 * The texts of a public offer, without the ids of what it links to.
 * @param offer an offer as {@link offerTextsQuery} returns it
 */
export const publicOfferTexts = (offer: PublicOffer) => ({
  title: offer.title,
  summary: offer.summary,
  description: offer.description,
  costNote: offer.cost.note,
  accessibilityNote: offer.accessibility.note,
  fundingNote: offer.languageCourse?.fundingNote ?? null,
  links: offer.links.map((link) => ({ url: link.url, label: link.label })),
  category: term(offer.category),
  targetGroups: offer.targetGroups.map(term),
  districts: offer.districts.map(term),
  courseType: term(offer.languageCourse?.courseType),
  provider: offer.provider
    ? { name: offer.provider.name, description: offer.provider.description }
    : null,
  locations: offer.locations.map((place) => ({
    name: place.name,
    street: place.street,
    city: place.city,
    district: term(place.district),
  })),
  contacts: offer.contacts.map((contact) => ({ role: contact.role })),
});

/** Looks up the published row of a document in the SQL reading. */
const publishedRow = (
  stored: StoredTexts,
  uid: string,
  documentId: string,
  locale: string | null
): StoredRow | undefined =>
  stored.rows.get(rowKey(tableOf(stored.layout, uid), documentId, locale, 'published'));

const byCode = (stored: StoredTexts, uid: string, code: string): StoredRow => {
  const table = tableOf(stored.layout, uid);
  const row = [...stored.rows.values()].find(
    (candidate) => candidate.table === table && candidate.texts.code === code
  );
  if (!row) {
    throw new Error(`${uid} "${code}" is shown but was not stored`);
  }
  return row;
};

const storedTerm = (
  stored: StoredTexts,
  uid: string,
  shownTerm: { code: string } | null | undefined,
  locale: string
) => {
  if (!shownTerm) {
    return null;
  }
  const label = byCode(stored, uid, shownTerm.code).texts.label;
  return {
    code: shownTerm.code,
    label: fromMap(label, locale) ?? { text: shownTerm.code, locale: GERMAN },
  };
};

const related = (stored: StoredTexts, uid: string, documentId: string): StoredRow => {
  const row = publishedRow(stored, uid, documentId, null);
  if (!row) {
    throw new Error(`${uid} ${documentId} is shown but was not stored`);
  }
  return row;
};

/**
 * What {@link publicOfferTexts} must be, from the texts stored before: the
 * offer's own texts from its rows in the locale and in German, those of
 * its provider, places, contacts and taxonomy terms from theirs. Which
 * provider, places and terms an offer has is taken from the shown offer
 * (the links between rows are compared on their own).
 * @param stored the SQL reading taken before the migration
 * @param offer the offer as shown
 * @param locale the page's locale
 */
export const expectedOfferTexts = (stored: StoredTexts, offer: PublicOffer, locale: string) => {
  const german = publishedRow(stored, pluginUid('offer'), offer.documentId, GERMAN);
  if (!german) {
    throw new Error(`offer ${offer.documentId} is shown but has no stored German version`);
  }
  const own = publishedRow(stored, pluginUid('offer'), offer.documentId, locale)?.texts;
  const text = (column: string) => shown(locale, own?.[column], german.texts[column]);
  const links = (german.texts.links ?? []) as Array<{ url: string; label: unknown }>;
  const provider =
    offer.provider && related(stored, pluginUid('provider'), offer.provider.documentId).texts;
  return {
    title: text('title') ?? { text: String(german.texts.slug), locale: GERMAN },
    summary: text('summary'),
    description: text('description'),
    costNote: text('cost_note'),
    accessibilityNote: text('accessibility_note'),
    fundingNote: offer.languageCourse ? text('course_funding_note') : null,
    links: links.map((link) => ({ url: link.url, label: fromMap(link.label, locale) })),
    category: storedTerm(stored, pluginUid('category'), offer.category, locale),
    targetGroups: offer.targetGroups.map((t) =>
      storedTerm(stored, pluginUid('target-group'), t, locale)
    ),
    districts: offer.districts.map((t) => storedTerm(stored, pluginUid('district'), t, locale)),
    courseType: storedTerm(
      stored,
      pluginUid('course-type'),
      offer.languageCourse?.courseType,
      locale
    ),
    provider: provider
      ? { name: provider.name, description: fromMap(provider.description, locale) }
      : null,
    locations: offer.locations.map((place) => {
      const row = related(stored, pluginUid('location'), place.documentId).texts;
      return {
        name: row.name,
        street: row.street,
        city: row.city,
        district: storedTerm(stored, pluginUid('district'), place.district, locale),
      };
    }),
    contacts: offer.contacts.map((contact) => ({
      role: fromMap(related(stored, pluginUid('contact'), contact.documentId).texts.role, locale),
    })),
  };
};

/**
 * The published offers as stored before, by their German version.
 * @returns document id and slug of each
 */
export const storedPublishedOffers = (stored: StoredTexts) =>
  [...stored.rows.values()]
    .filter(
      (row) =>
        row.table === tableOf(stored.layout, pluginUid('offer')) &&
        row.locale === GERMAN &&
        row.status === 'published'
    )
    .map((row) => ({ documentId: row.documentId, slug: String(row.texts.slug) }));
