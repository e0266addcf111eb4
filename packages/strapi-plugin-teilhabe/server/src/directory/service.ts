import type { Core } from '@strapi/types';
import { errors } from '@strapi/utils';
import { DIRECTORY_UIDS, type TaxonomyUid } from './constants';
import {
  describeIssues,
  directoryArgsSchema,
  offerBySlugArgsSchema,
  type DirectoryArgs,
} from './query-input';
import { offerViews } from './offer-views';
import { toTerm, type DirectoryOffer, type TaxonomyTerm } from './read-model';
import type { TaxonomyRow } from './rows';
import {
  listStaffLanguages,
  loadIndexedOffers,
  lookupSlug,
  queryDirectory,
} from './search/directory-query';
import { searchDialect } from './search/index-tables';
import { queryTerms } from './search/normalize';
import { cityToday, LOCALE_CODES } from '@teilhabe/locales';

const { ValidationError } = errors;

export interface DirectoryResult {
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  offers: DirectoryOffer[];
}

export interface DirectoryTaxonomies {
  locale: string;
  categories: TaxonomyTerm[];
  targetGroups: TaxonomyTerm[];
  districts: TaxonomyTerm[];
  courseTypes: TaxonomyTerm[];
  staffLanguages: string[];
}

const LOCALE_ORDER: readonly string[] = LOCALE_CODES;
const byPortalOrder = (a: string, b: string) =>
  (LOCALE_ORDER.indexOf(a) + 1 || 99) - (LOCALE_ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b);

/**
 * The public, read-only directory: published offers only (the index holds
 * nothing else), structure from German, texts per locale with German
 * fallback. Reachable as `strapi.plugin('teilhabe').service('directory')`.
 */
const directory = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const views = offerViews();

  const taxonomy = async (uid: TaxonomyUid): Promise<TaxonomyRow[]> =>
    (await strapi.db.query(uid).findMany({
      select: ['documentId', 'code', 'label', 'position'],
      orderBy: [{ position: 'asc' }, { code: 'asc' }],
    })) as TaxonomyRow[];

  const assertLocale = async (locale: string): Promise<void> => {
    const locales = (await strapi.plugin('i18n').service('locales').find()) as Array<{
      code: string;
    }>;
    if (!locales.some((known) => known.code === locale)) {
      throw new ValidationError(
        `Unknown locale "${locale}". Known locales: ${locales.map((known) => known.code).join(', ')}.`
      );
    }
  };

  const assertCodes = async (
    uid: TaxonomyUid,
    what: string,
    codes: string[] | null | undefined
  ) => {
    if (!codes || codes.length === 0) {
      return;
    }
    const known = new Set((await taxonomy(uid)).map((row) => row.code));
    const unknown = codes.filter((code) => !known.has(code));
    if (unknown.length > 0) {
      throw new ValidationError(
        `Unknown ${what} ${unknown.map((code) => `"${code}"`).join(', ')}. Known: ${[...known].join(', ')}.`
      );
    }
  };

  /** Shows indexed (published) offers in the given order in a locale. */
  const present = async (documentIds: string[], locale: string): Promise<DirectoryOffer[]> => {
    const offers = await loadIndexedOffers(knex(), documentIds, locale);
    return documentIds.flatMap((documentId) => {
      const offer = offers.get(documentId);
      if (!offer) {
        return [];
      }
      const available = [...offer.locales].sort(byPortalOrder);
      return [views.view(documentId, offer, locale, available)];
    });
  };

  return {
    /**
     * Lists published offers by filters and search, one page at a time.
     * @throws ValidationError on bad input (unknown locale or code, page out of range)
     */
    async find(input: DirectoryArgs): Promise<DirectoryResult> {
      const parsed = directoryArgsSchema.safeParse(input);
      if (!parsed.success) {
        throw new ValidationError(describeIssues(parsed.error));
      }
      const args = parsed.data;
      await assertLocale(args.locale);
      await assertCodes(DIRECTORY_UIDS.category, 'category', args.category ? [args.category] : []);
      await assertCodes(DIRECTORY_UIDS.district, 'district', args.districts);
      await assertCodes(DIRECTORY_UIDS.targetGroup, 'target group', args.targetGroups);
      await assertCodes(DIRECTORY_UIDS.courseType, 'course type', args.courseTypes);
      const { total, documentIds } = await queryDirectory(
        knex(),
        searchDialect(strapi),
        {
          locale: args.locale,
          terms: queryTerms(args.search ?? ''),
          category: args.category ?? undefined,
          districts: args.districts ?? undefined,
          languages: args.languages ?? undefined,
          targetGroups: args.targetGroups ?? undefined,
          cost: args.cost ?? undefined,
          accessibility: args.accessibility ?? undefined,
          levels: args.levels ?? undefined,
          courseTypes: args.courseTypes ?? undefined,
          childcareDuringCourse: args.childcareDuringCourse ?? undefined,
          womenOnly: args.womenOnly ?? undefined,
          startsWithinWeeks: args.startsWithinWeeks ?? undefined,
          today: cityToday(),
        },
        { offset: (args.page - 1) * args.pageSize, limit: args.pageSize }
      );
      return {
        total,
        page: args.page,
        pageSize: args.pageSize,
        pageCount: Math.ceil(total / args.pageSize),
        offers: await present(documentIds, args.locale),
      };
    },

    /**
     * One published offer by its slug, or where an old slug now leads.
     * @returns the offer, or `redirectTo` with the current slug, or null when unknown
     */
    async offerBySlug(input: {
      locale: string;
      slug: string;
    }): Promise<{ offer: DirectoryOffer | null; redirectTo: string | null } | null> {
      const parsed = offerBySlugArgsSchema.safeParse(input);
      if (!parsed.success) {
        throw new ValidationError(describeIssues(parsed.error));
      }
      await assertLocale(parsed.data.locale);
      const found = await lookupSlug(knex(), parsed.data.slug);
      if (!found) {
        return null;
      }
      if ('redirectTo' in found) {
        return { offer: null, redirectTo: found.redirectTo };
      }
      const [offer] = await present([found.documentId], parsed.data.locale);
      return offer ? { offer, redirectTo: null } : null;
    },

    /** Codes and labels of the four taxonomies in a locale (German where untranslated). */
    async taxonomies(locale: string): Promise<DirectoryTaxonomies> {
      await assertLocale(locale);
      const terms = async (uid: TaxonomyUid) =>
        (await taxonomy(uid)).map((row) => toTerm(row, locale));
      return {
        locale,
        categories: await terms(DIRECTORY_UIDS.category),
        targetGroups: await terms(DIRECTORY_UIDS.targetGroup),
        districts: await terms(DIRECTORY_UIDS.district),
        courseTypes: await terms(DIRECTORY_UIDS.courseType),
        staffLanguages: await listStaffLanguages(knex()),
      };
    },
  };
};

export type DirectoryService = ReturnType<typeof directory>;

export default directory;
