import type { HomePageQuery, PageBySlugQuery, SiteFrameQuery } from '@teilhabe/graphql';
import { toHomeView } from '../../shared/view-models/home';
import { toPageView } from '../../shared/view-models/page';
import { toSiteFrameView } from '../../shared/view-models/site-frame';

type FramePage = NonNullable<SiteFrameQuery['teilhabePages'][number]>;

const framePage = (slug: string, role: FramePage['role'], title: string): FramePage => ({
  documentId: `doc-${slug}`,
  slug,
  role,
  title,
  locale: 'ar',
});

describe('toSiteFrameView', () => {
  const data: SiteFrameQuery = {
    teilhabeSiteSetting: {
      documentId: 'settings',
      cityName: 'مدينة ليرته',
      siteTitle: 'المشاركة',
      footerText: '  ',
      accessibilityFeedbackEmail: 'barrierefrei@example.org',
      isSampleContent: true,
      locale: 'ar',
    },
    teilhabePages: [
      framePage('barrierefreiheit', 'accessibility', 'بيان إمكانية الوصول'),
      null,
      framePage('leichte-sprache', 'easy_language', 'اللغة المبسطة'),
      framePage('impressum', 'imprint', 'بيانات الناشر'),
      framePage('impressum-alt', 'imprint', 'نسخة ثانية'),
      framePage('ueber-uns', 'other', 'من نحن'),
    ],
  };

  test('maps the site settings and treats blank texts as missing', () => {
    const view = toSiteFrameView(data, 'ar');
    expect(view).toMatchObject({
      locale: 'ar',
      cityName: 'مدينة ليرته',
      siteTitle: 'المشاركة',
      footerText: null,
      accessibilityFeedbackEmail: 'barrierefrei@example.org',
      isSampleContent: true,
    });
  });

  test('keys footer pages by role, turning GraphQL enum names back into schema values', () => {
    const { footerPages } = toSiteFrameView(data, 'ar');
    expect(Object.keys(footerPages).sort()).toEqual(['accessibility', 'easy-language', 'imprint']);
    expect(footerPages['easy-language']).toEqual({
      slug: 'leichte-sprache',
      role: 'easy-language',
      title: 'اللغة المبسطة',
    });
    expect(footerPages.imprint?.slug).toBe('impressum');
  });

  test('copes with missing site settings in a locale', () => {
    const view = toSiteFrameView({ teilhabeSiteSetting: null, teilhabePages: [] }, 'fa');
    expect(view).toEqual({
      locale: 'fa',
      cityName: null,
      siteTitle: null,
      footerText: null,
      accessibilityFeedbackEmail: null,
      isSampleContent: false,
      footerPages: {},
    });
  });
});

describe('toHomeView', () => {
  test('keeps the CMS order and maps icons and categories', () => {
    const data: HomePageQuery = {
      teilhabeSiteSetting: {
        documentId: 'settings',
        welcomeHeading: 'Willkommen in Lehrte',
        welcomeText: null,
        locale: 'de',
      },
      teilhabeLifeSituations: [
        {
          documentId: 'a',
          code: 'deutsch-lernen',
          position: 1,
          icon: 'language',
          directoryCategory: 'language',
          title: 'Deutsch lernen',
          teaser: 'Sprachkurse in Lehrte',
          locale: 'de',
          translationStatus: 'source',
        },
        null,
        {
          documentId: 'b',
          code: 'mitmachen',
          position: 2,
          icon: 'participation',
          directoryCategory: ' ',
          title: 'Mitmachen',
          teaser: 'Vereine und Ehrenamt',
          locale: 'de',
          translationStatus: 'source',
        },
      ],
    };
    expect(toHomeView(data, 'de')).toEqual({
      locale: 'de',
      welcomeHeading: 'Willkommen in Lehrte',
      welcomeText: null,
      lifeSituations: [
        {
          code: 'deutsch-lernen',
          icon: 'language',
          title: 'Deutsch lernen',
          teaser: 'Sprachkurse in Lehrte',
          directoryCategory: 'language',
        },
        {
          code: 'mitmachen',
          icon: 'participation',
          title: 'Mitmachen',
          teaser: 'Vereine und Ehrenamt',
          directoryCategory: null,
        },
      ],
    });
  });

  test('an icon the portal has no drawing of becomes null, the card then shows the default', () => {
    const entry = (icon: string) => ({
      documentId: icon,
      code: icon,
      position: 1,
      // As a newer CMS may send it, outside the generated enumeration.
      icon: icon as 'language',
      directoryCategory: null,
      title: 'Titel',
      teaser: 'Kurztext',
      locale: 'de',
      translationStatus: 'source' as const,
    });
    const icons = (names: string[]) =>
      toHomeView(
        { teilhabeSiteSetting: null, teilhabeLifeSituations: names.map(entry) },
        'de'
      ).lifeSituations.map((situation) => situation.icon);
    expect(icons(['work', 'housing', 'constructor', 'toString', ''])).toEqual([
      'work',
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('toPageView', () => {
  const page = {
    documentId: 'imprint',
    slug: 'impressum',
    role: 'imprint',
    title: 'Impressum',
    locale: 'de',
    summary: 'Wer diese Seite verantwortet.',
    body: null,
    translationStatus: 'demo_translation',
    updatedAt: '2026-11-03T10:00:00.000Z',
    localizations: [{ locale: 'en' }],
  } satisfies NonNullable<PageBySlugQuery['teilhabePages'][number]>;

  test('maps the first page of the result', () => {
    expect(toPageView({ teilhabePages: [page] }, 'de')).toEqual({
      slug: 'impressum',
      role: 'imprint',
      title: 'Impressum',
      summary: 'Wer diese Seite verantwortet.',
      body: '',
      contentLocale: 'de',
      translationStatus: 'demo-translation',
      updatedAt: '2026-11-03T10:00:00.000Z',
      translations: ['de', 'en'],
    });
  });

  test('lists only the locales the page is translated into, German first', () => {
    const persian = { ...page, locale: 'fa', localizations: [{ locale: 'xx' }, { locale: 'de' }] };
    expect(toPageView({ teilhabePages: [persian] }, 'fa')?.translations).toEqual(['de', 'fa']);
  });

  test('reports the locale the content is actually written in', () => {
    expect(toPageView({ teilhabePages: [page] }, 'ar')?.contentLocale).toBe('de');
  });

  test('returns null when the CMS has no such page', () => {
    expect(toPageView({ teilhabePages: [] }, 'de')).toBeNull();
    expect(toPageView({ teilhabePages: [null] }, 'de')).toBeNull();
  });
});
