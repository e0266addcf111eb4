import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, type LocaleCode } from '@teilhabe/locales';
import type { DirectoryDemo, OfferDemo, TaxonomyDemo } from './directory/types';

/** Its own marker, so that a demo database seeded before the directory existed gets it too. */
export const DIRECTORY_SEEDED_KEY = 'demo-directory-seeded';

const SOURCE_LOCALE = DEFAULT_LOCALE;

type Uid =
  | 'plugin::teilhabe.category'
  | 'plugin::teilhabe.target-group'
  | 'plugin::teilhabe.district'
  | 'plugin::teilhabe.course-type'
  | 'plugin::teilhabe.provider'
  | 'plugin::teilhabe.location'
  | 'plugin::teilhabe.contact';

/** Reference data by demo key (or code) → document id. */
type Refs = Map<string, string>;

interface Indexer {
  suspendWhile<T>(work: () => Promise<T>): Promise<T>;
}

const refOf = (refs: Refs, what: string, key: string) => {
  const documentId = refs.get(key);
  if (!documentId) {
    throw new Error(`Demo directory: unknown ${what} "${key}".`);
  }
  return { documentId };
};

const optionalRef = (refs: Refs, what: string, key: string | undefined) =>
  key ? refOf(refs, what, key) : null;

/** Creates reference data (non-localized, no drafts) and maps each key to its document id. */
const createAll = async <T>(
  strapi: Core.Strapi,
  uid: Uid,
  items: T[],
  key: (item: T) => string,
  data: (item: T) => object
): Promise<Refs> => {
  const refs: Refs = new Map();
  for (const item of items) {
    const created = await strapi
      .documents(uid)
      .create({ data: { ...data(item), isSampleContent: true } as never });
    refs.set(key(item), created.documentId);
  }
  return refs;
};

const createTaxonomy = (strapi: Core.Strapi, uid: Uid, terms: TaxonomyDemo[]) =>
  createAll(
    strapi,
    uid,
    terms,
    (term) => term.code,
    (term) => ({ code: term.code, position: term.position, label: term.labels })
  );

interface OfferRefs {
  categories: Refs;
  targetGroups: Refs;
  courseTypes: Refs;
  providers: Refs;
  locations: Refs;
  contacts: Refs;
}

/** The shared structure of an offer, set on its German version. */
const structureOf = (offer: OfferDemo, refs: OfferRefs): Record<string, unknown> => {
  const course = offer.languageCourse;
  const childcare = offer.childcare;
  return {
    slug: offer.slug,
    category: refOf(refs.categories, 'category', offer.category),
    targetGroups: offer.targetGroups.map((code) => refOf(refs.targetGroups, 'target group', code)),
    staffLanguages: offer.staffLanguages,
    costType: offer.cost.type,
    costAmountEuro: offer.cost.type === 'amount' ? offer.cost.amountEuro : null,
    ...offer.accessibility,
    interpreterAvailable: offer.interpreterAvailable,
    appointmentNeeded: offer.appointmentNeeded,
    openingHours: offer.openingHours ?? null,
    validFrom: offer.validFrom ?? null,
    validUntil: offer.validUntil ?? null,
    lastVerifiedAt: offer.lastVerified,
    links: offer.links,
    provider: refOf(refs.providers, 'provider', offer.provider),
    locations: offer.locations.map((key) => refOf(refs.locations, 'location', key)),
    contacts: offer.contacts.map((key) => refOf(refs.contacts, 'contact', key)),
    courseLevel: course?.level ?? null,
    courseType: optionalRef(refs.courseTypes, 'course type', course?.courseType),
    courseStartDate: course?.startDate ?? null,
    courseEndDate: course?.endDate ?? null,
    courseSchedule: course?.schedule ?? null,
    courseSeatsTotal: course?.seatsTotal ?? null,
    courseSeatsFree: course?.seatsFree ?? null,
    courseChildcare: course?.childcare ?? false,
    courseWomenOnly: course?.womenOnly ?? false,
    childcareAgeFromMonths: childcare?.ageFromMonths ?? null,
    childcareAgeToMonths: childcare?.ageToMonths ?? null,
    childcareHours: childcare?.hours ?? null,
    childcarePlaces: childcare?.places ?? null,
    childcareRegistrationUrl: childcare?.registrationUrl ?? null,
    registrationForm: offer.registrationForm ?? null,
    isSampleContent: true,
  };
};

/** The texts of one locale of an offer. */
const textsOf = (demo: DirectoryDemo, offer: OfferDemo, locale: LocaleCode) => ({
  ...offer.texts[locale],
  courseFundingNote: offer.languageCourse?.fundingNote?.[locale] ?? null,
  translationStatus: demo.translationStatus[locale],
});

/**
 * Creates an offer as editors do: the German version with structure and
 * texts (renamed where the demo says so), each translation with its texts
 * only, then publishes all locales.
 */
const createOffer = async (
  strapi: Core.Strapi,
  demo: DirectoryDemo,
  offer: OfferDemo,
  refs: OfferRefs
) => {
  const documents = strapi.documents('plugin::teilhabe.offer');
  const structure = structureOf(offer, refs);
  const created = await documents.create({
    locale: SOURCE_LOCALE,
    data: {
      ...structure,
      slug: offer.renamedFrom ?? offer.slug,
      ...textsOf(demo, offer, SOURCE_LOCALE),
    } as never,
  });
  if (offer.renamedFrom) {
    await documents.update({
      documentId: created.documentId,
      locale: SOURCE_LOCALE,
      data: { slug: offer.slug } as never,
    });
  }
  for (const locale of Object.keys(offer.texts) as LocaleCode[]) {
    if (locale !== SOURCE_LOCALE) {
      await documents.update({
        documentId: created.documentId,
        locale,
        data: textsOf(demo, offer, locale) as never,
      });
    }
  }
  await documents.publish({ documentId: created.documentId, locale: '*' });
};

/** Creates taxonomies, providers, locations and contacts; returns their document ids by key. */
const createReferenceData = async (
  strapi: Core.Strapi,
  demo: DirectoryDemo
): Promise<OfferRefs> => {
  const districts = await createTaxonomy(
    strapi,
    'plugin::teilhabe.district',
    demo.taxonomies.districts
  );
  return {
    categories: await createTaxonomy(
      strapi,
      'plugin::teilhabe.category',
      demo.taxonomies.categories
    ),
    targetGroups: await createTaxonomy(
      strapi,
      'plugin::teilhabe.target-group',
      demo.taxonomies.targetGroups
    ),
    courseTypes: await createTaxonomy(
      strapi,
      'plugin::teilhabe.course-type',
      demo.taxonomies.courseTypes
    ),
    providers: await createAll(
      strapi,
      'plugin::teilhabe.provider',
      demo.providers,
      (provider) => provider.key,
      ({ name, website, description }) => ({ name, website, description })
    ),
    locations: await createAll(
      strapi,
      'plugin::teilhabe.location',
      demo.locations,
      (location) => location.key,
      ({ key: _key, district, ...location }) => ({
        ...location,
        district: refOf(districts, 'district', district),
      })
    ),
    contacts: await createAll(
      strapi,
      'plugin::teilhabe.contact',
      demo.contacts,
      (contact) => contact.key,
      ({ key: _key, role, ...contact }) => ({
        ...contact,
        role,
        internalName: [role.de, contact.email ?? contact.phone].filter(Boolean).join(' – '),
      })
    ),
  };
};

/** Options of {@link seedDirectory}. */
export interface SeedDirectoryOptions {
  /**
   * Offers written per transaction. By default all at once, so a demo seed
   * lands whole or not at all; bulk seeding (the benchmark) uses batches to
   * keep memory flat.
   */
  offersPerTransaction?: number;
}

const seedAll = async (
  strapi: Core.Strapi,
  demo: DirectoryDemo,
  options: SeedDirectoryOptions
): Promise<void> => {
  const batch = options.offersPerTransaction ?? demo.offers.length;
  const writeOffers = (refs: OfferRefs, offers: OfferDemo[]) => async () => {
    for (const offer of offers) {
      await createOffer(strapi, demo, offer, refs);
    }
  };
  if (batch >= demo.offers.length) {
    await strapi.db.transaction(async () =>
      writeOffers(await createReferenceData(strapi, demo), demo.offers)()
    );
    return;
  }
  const refs = await strapi.db.transaction(() => createReferenceData(strapi, demo));
  for (let start = 0; start < demo.offers.length; start += batch) {
    await strapi.db.transaction(writeOffers(refs, demo.offers.slice(start, start + batch)));
  }
};

/**
 * Seeds the service directory's demo content once: taxonomies, providers,
 * locations, contacts and published offers. One transaction (unless
 * batches are asked for), and the search index is built once at the end
 * instead of after every offer.
 * @param strapi the bootstrapped Strapi instance
 * @param demo the demo data (see `loadDemoContent`)
 * @param options how many offers to write per transaction
 * @returns whether anything was seeded
 */
export const seedDirectory = async (
  strapi: Core.Strapi,
  demo: DirectoryDemo,
  options: SeedDirectoryOptions = {}
): Promise<boolean> => {
  const store = strapi.store({ type: 'plugin', name: 'teilhabe' });
  if (await store.get({ key: DIRECTORY_SEEDED_KEY })) {
    return false;
  }
  const started = Date.now();
  const indexer = strapi.plugin('teilhabe').service('directory-index') as Indexer;
  await indexer.suspendWhile(() => seedAll(strapi, demo, options));
  await store.set({ key: DIRECTORY_SEEDED_KEY, value: new Date().toISOString() });
  strapi.log.info(
    `Demo directory seeded: ${demo.offers.length} offers in ${Date.now() - started} ms.`
  );
  return true;
};
