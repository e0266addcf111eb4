import path from 'node:path';
import { LOCALE_CODES, type LocaleCode } from '@teilhabe/locales';
import { linksSchema } from 'strapi-plugin-teilhabe/schemas';
import type { z } from 'zod';
import { DataReader } from './data-files';
import * as files from './data-schemas';
import type {
  DirectoryDemo,
  DirectoryTaxonomiesDemo,
  LanguageCourseDemo,
  LocalizedTexts,
  OfferDemo,
} from './directory/types';
import type {
  LifeSituationDemo,
  PageDemo,
  SiteSettingDemo,
  SiteSettingTexts,
  TranslationStatuses,
} from './types';

/** Everything the demo seed writes, read from the data files. */
export interface DemoContent {
  siteSetting: SiteSettingDemo;
  lifeSituations: LifeSituationDemo[];
  pages: PageDemo[];
  directory: DirectoryDemo;
}

/**
 * The demo data folder of a cms app. The files stay in `src/` (the build does
 * not copy them): the seed reads them from the app's source folder.
 * @param appRoot the cms folder (`strapi.dirs.app.root`)
 */
export const demoDataDir = (appRoot: string): string => path.join(appRoot, 'src', 'demo', 'data');

type Texts<T> = Partial<Record<LocaleCode, T>>;

/** Texts in every locale; only used once the checks have required every locale. */
const complete = <T>(texts: Texts<T>): Record<LocaleCode, T> => texts as Record<LocaleCode, T>;

/** A structure file `<base>.yaml` and its text files `<base>.<locale>.yaml`, parsed. */
interface FileSet<S, T> {
  base: string;
  structure: S | undefined;
  texts: Texts<T>;
}

const readFileSet = <S extends z.ZodType, T extends z.ZodType>(
  reader: DataReader,
  base: string,
  structure: S,
  texts: T
): FileSet<z.infer<S>, z.infer<T>> => {
  const byLocale: Texts<z.infer<T>> = {};
  for (const locale of LOCALE_CODES) {
    const data = reader.read(`${base}.${locale}.yaml`, texts);
    if (data !== undefined) {
      byLocale[locale] = data;
    }
  }
  return { base, structure: reader.read(`${base}.yaml`, structure), texts: byLocale };
};

/** Which locales must have a text for every key. */
type Required = 'every-locale' | 'german' | 'none';

/**
 * Collects one record of the text files (`offers`, `pages`, …) by key. Reports
 * keys the structure file lists twice, keys it does not list (a mistyped slug
 * would otherwise lose its translation without a word) and required texts
 * that are missing.
 * @param keys the keys the structure file lists under the same record name
 */
const textsByKey = <T, F>(
  reader: DataReader,
  set: FileSet<unknown, F>,
  record: string,
  pick: (file: F) => Record<string, T>,
  keys: readonly string[],
  required: Required
): Map<string, Texts<T>> => {
  keys.forEach((key, index) => {
    if (keys.indexOf(key) !== index) {
      reader.report(`${set.base}.yaml`, [record, index], `"${key}" is listed twice`);
    }
  });
  const texts = new Map(keys.map((key) => [key, {} as Texts<T>]));
  for (const locale of LOCALE_CODES) {
    const file = set.texts[locale];
    if (file === undefined) {
      continue;
    }
    const name = `${set.base}.${locale}.yaml`;
    const entries = pick(file);
    for (const [key, value] of Object.entries(entries)) {
      const target = texts.get(key);
      if (target) {
        target[locale] = value;
      } else {
        reader.report(name, [record, key], `"${key}" is not in ${set.base}.yaml`);
      }
    }
    if (required === 'every-locale' || (required === 'german' && locale === 'de')) {
      for (const key of keys.filter((candidate) => !(candidate in entries))) {
        reader.report(name, [record, key], `the text for "${key}" is missing`);
      }
    }
  }
  return texts;
};

/** The keys or codes one file defines, and where, for references to them. */
interface Known {
  keys: ReadonlySet<string>;
  file: string;
}

const known = (keys: Iterable<string>, file: string): Known => ({ keys: new Set(keys), file });

/** Reports references to keys or codes that the target file does not have. */
const checkRefs = (
  reader: DataReader,
  file: string,
  at: PropertyKey[],
  refs: string | readonly string[] | undefined,
  target: Known
): void => {
  for (const ref of typeof refs === 'string' ? [refs] : (refs ?? [])) {
    if (!target.keys.has(ref)) {
      reader.report(file, at, `"${ref}" is not in ${target.file}`);
    }
  }
};

/** The translation status each text file declares: German the source, translations not. */
const translationStatusOf = (
  reader: DataReader,
  set: FileSet<unknown, { translationStatus: TranslationStatuses[LocaleCode] }>
): TranslationStatuses => {
  const statuses: Texts<TranslationStatuses[LocaleCode]> = {};
  for (const locale of LOCALE_CODES) {
    const status = set.texts[locale]?.translationStatus;
    if (status !== undefined && (locale === 'de') !== (status === 'source')) {
      reader.report(
        `${set.base}.${locale}.yaml`,
        ['translationStatus'],
        locale === 'de'
          ? 'German is the source: use "source"'
          : 'a translation is "demo_translation" or, once reviewed, "reviewed_translation"'
      );
    }
    statuses[locale] = status;
  }
  return complete(statuses);
};

const readEditorial = (reader: DataReader, categories: Known) => {
  const setting = readFileSet(
    reader,
    'editorial/site-setting',
    files.siteSettingFile,
    files.siteSettingTextsFile
  );
  const situations = readFileSet(
    reader,
    'editorial/life-situations',
    files.lifeSituationsFile,
    files.lifeSituationsTextsFile
  );
  const pages = readFileSet(reader, 'editorial/pages', files.pagesFile, files.pagesTextsFile);

  const situationList = situations.structure?.lifeSituations ?? [];
  situationList.forEach((entry, index) =>
    checkRefs(
      reader,
      'editorial/life-situations.yaml',
      ['lifeSituations', index, 'directoryCategory'],
      entry.directoryCategory,
      categories
    )
  );
  const situationTexts = textsByKey(
    reader,
    situations,
    'lifeSituations',
    (file) => file.lifeSituations,
    situationList.map((entry) => entry.code),
    'every-locale'
  );
  const pageList = pages.structure?.pages ?? [];
  const pageTexts = textsByKey(
    reader,
    pages,
    'pages',
    (file) => file.pages,
    pageList.map((page) => page.slug),
    'every-locale'
  );
  const situationStatus = translationStatusOf(reader, situations);
  const pageStatus = translationStatusOf(reader, pages);
  const settingTexts: Texts<SiteSettingTexts> = {};
  for (const locale of LOCALE_CODES) {
    const file = setting.texts[locale];
    if (file) {
      const { translationStatus: _status, ...texts } = file;
      settingTexts[locale] = texts;
    }
  }
  return {
    siteSetting: {
      accessibilityFeedbackEmail: setting.structure?.accessibilityFeedbackEmail ?? '',
      texts: complete(settingTexts),
      translationStatus: translationStatusOf(reader, setting),
    },
    lifeSituations: situationList.map((entry) => ({
      ...entry,
      texts: complete(situationTexts.get(entry.code)!),
      translationStatus: situationStatus,
    })),
    pages: pageList.map((page) => ({
      ...page,
      texts: complete(pageTexts.get(page.slug)!),
      translationStatus: pageStatus,
    })),
  };
};

const TAXONOMIES = ['categories', 'targetGroups', 'districts', 'courseTypes'] as const;

const readTaxonomies = (reader: DataReader): DirectoryTaxonomiesDemo => {
  const set = readFileSet(
    reader,
    'directory/taxonomies',
    files.taxonomiesFile,
    files.taxonomiesTextsFile
  );
  const taxonomies = {} as DirectoryTaxonomiesDemo;
  for (const name of TAXONOMIES) {
    const terms = set.structure?.[name] ?? [];
    const labels = textsByKey(
      reader,
      set,
      name,
      (file) => file[name],
      terms.map((term) => term.code),
      'every-locale'
    );
    taxonomies[name] = terms.map((term) => ({ ...term, labels: complete(labels.get(term.code)!) }));
  }
  return taxonomies;
};

const termsOf = (taxonomies: DirectoryTaxonomiesDemo, name: (typeof TAXONOMIES)[number]): Known =>
  known(
    taxonomies[name].map((term) => term.code),
    `directory/taxonomies.yaml (${name})`
  );

const readDirectory = (reader: DataReader): DirectoryDemo => {
  const taxonomies = readTaxonomies(reader);

  const providerSet = readFileSet(
    reader,
    'directory/providers',
    files.providersFile,
    files.providersTextsFile
  );
  const providerList = providerSet.structure?.providers ?? [];
  const descriptions = textsByKey(
    reader,
    providerSet,
    'providers',
    (file) => file.providers,
    providerList.map((p) => p.key),
    'none'
  );
  const providers = providerList.map((provider) => {
    const description = descriptions.get(provider.key)!;
    const translated = Object.keys(description).length > 0;
    if (translated && !description.de) {
      reader.report(
        'directory/providers.de.yaml',
        ['providers', provider.key],
        'the German text is missing'
      );
    }
    return {
      ...provider,
      description: translated ? (description as LocalizedTexts<string>) : undefined,
    };
  });

  const locationList =
    reader.read('directory/locations.yaml', files.locationsFile)?.locations ?? [];
  const locationKeys = locationList.map((location) => location.key);
  locationKeys.forEach((key, index) => {
    if (locationKeys.indexOf(key) !== index) {
      reader.report('directory/locations.yaml', ['locations', index], `"${key}" is listed twice`);
    }
  });
  const districts = termsOf(taxonomies, 'districts');
  locationList.forEach((location, index) =>
    checkRefs(
      reader,
      'directory/locations.yaml',
      ['locations', index, 'district'],
      location.district,
      districts
    )
  );

  const contactSet = readFileSet(
    reader,
    'directory/contacts',
    files.contactsFile,
    files.contactsTextsFile
  );
  const contactList = contactSet.structure?.contacts ?? [];
  const roles = textsByKey(
    reader,
    contactSet,
    'contacts',
    (file) => file.contacts,
    contactList.map((c) => c.key),
    'german'
  );
  const contacts = contactList.map((contact) => ({
    ...contact,
    role: roles.get(contact.key) as LocalizedTexts<string>,
  }));

  return {
    taxonomies,
    providers,
    locations: locationList,
    contacts,
    ...readOffers(reader, {
      category: termsOf(taxonomies, 'categories'),
      targetGroups: termsOf(taxonomies, 'targetGroups'),
      courseType: termsOf(taxonomies, 'courseTypes'),
      provider: known(
        providers.map((p) => p.key),
        'directory/providers.yaml'
      ),
      locations: known(
        locationList.map((l) => l.key),
        'directory/locations.yaml'
      ),
      contacts: known(
        contacts.map((c) => c.key),
        'directory/contacts.yaml'
      ),
    }),
  };
};

/** What the references of an offer may point to, by the offer's field. */
interface OfferTargets {
  category: Known;
  targetGroups: Known;
  courseType: Known;
  provider: Known;
  locations: Known;
  contacts: Known;
}

const OFFERS = 'directory/offers.yaml';

const readOffers = (
  reader: DataReader,
  targets: OfferTargets
): Pick<DirectoryDemo, 'offers' | 'translationStatus'> => {
  const set = readFileSet(reader, 'directory/offers', files.offersFile, files.offersTextsFile);
  const list = set.structure?.offers ?? [];
  const slugs = list.map((offer) => offer.slug);
  list.forEach((offer, index) => {
    if (
      offer.renamedFrom &&
      (slugs.includes(offer.renamedFrom) ||
        list.findIndex((other) => other.renamedFrom === offer.renamedFrom) !== index)
    ) {
      reader.report(
        OFFERS,
        ['offers', index, 'renamedFrom'],
        `"${offer.renamedFrom}" is the slug of another offer`
      );
    }
  });
  const named = (record: 'linkLabels' | 'fundingNotes', names: string[]) =>
    textsByKey(reader, set, record, (file) => file[record], [...new Set(names)], 'german');
  const labels = named(
    'linkLabels',
    list.flatMap((offer) => offer.links.map((link) => link.label))
  );
  const notes = named(
    'fundingNotes',
    list.flatMap((offer) => offer.languageCourse?.fundingNote ?? [])
  );
  const texts = textsByKey(reader, set, 'offers', (file) => file.offers, slugs, 'german');

  const offers = list.map((offer, index): OfferDemo => {
    const at = (...segments: PropertyKey[]) => ['offers', index, ...segments];
    const { languageCourse, ...rest } = offer;
    const refs: Array<[PropertyKey[], string | string[] | undefined, Known]> = [
      [at('category'), offer.category, targets.category],
      [at('targetGroups'), offer.targetGroups, targets.targetGroups],
      [at('provider'), offer.provider, targets.provider],
      [at('locations'), offer.locations, targets.locations],
      [at('contacts'), offer.contacts, targets.contacts],
      [at('languageCourse', 'courseType'), languageCourse?.courseType, targets.courseType],
    ];
    for (const [segments, value, target] of refs) {
      checkRefs(reader, OFFERS, segments, value, target);
    }
    const links = offer.links.map((link) => ({
      url: link.url,
      label: labels.get(link.label) as LocalizedTexts<string>,
    }));
    // The plugin's own check of the stored field, labels and all.
    const checked = linksSchema.safeParse(links);
    for (const problem of checked.error?.issues ?? []) {
      reader.report(OFFERS, at('links', ...problem.path), problem.message);
    }
    let course: LanguageCourseDemo | undefined;
    if (languageCourse) {
      const { fundingNote, ...details } = languageCourse;
      course = fundingNote
        ? { ...details, fundingNote: notes.get(fundingNote) as LocalizedTexts<string> }
        : details;
    }
    return {
      ...rest,
      links,
      languageCourse: course,
      texts: texts.get(offer.slug) as OfferDemo['texts'],
    };
  });
  return { offers, translationStatus: translationStatusOf(reader, set) };
};

/**
 * Reads and checks every demo data file. Nothing is returned unless all of
 * them are valid and consistent with each other (every key a text file uses
 * exists in its structure file, every reference resolves, every required
 * text is there).
 * @param dataDir the data folder, see {@link demoDataDir}
 * @throws DemoDataError listing each problem with its file and path
 */
export const loadDemoContent = (dataDir: string): DemoContent => {
  const reader = new DataReader(dataDir);
  const directory = readDirectory(reader);
  const editorial = readEditorial(reader, termsOf(directory.taxonomies, 'categories'));
  reader.throwIfInvalid();
  return { ...editorial, directory };
};
