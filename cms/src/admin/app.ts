import type { StrapiApp } from '@strapi/strapi/admin';

/**
 * Admin texts Strapi ships in English only: the editors work in German, so
 * the ones they meet every day get German words here.
 */
const GERMAN = {
  'app.components.MediaLibraryBanner.intro': 'Die Medienbibliothek ist neu gestaltet. ',
  'app.components.MediaLibraryBanner.text.enabled': 'Sie arbeiten schon mit der neuen Fassung.',
  'app.components.MediaLibraryBanner.text':
    'In der Dokumentation steht, wie Sie zur neuen Fassung wechseln.',
  'app.components.MediaLibraryBanner.button.enabled': 'Mehr dazu (Englisch)',
  'app.components.MediaLibraryBanner.button': 'Dokumentation (Englisch)',
  'app.components.MediaLibraryBanner.close': 'Schließen',
  // The content manager's search above the list of content types.
  'search.placeholder': 'Suchen',
  clearLabel: 'Leeren',
};

/** The admin panel speaks German (the editors' language) and English. */
export default {
  config: {
    locales: ['de'],
    translations: { de: GERMAN },
    tutorials: false,
    notifications: { releases: false },
  },
  bootstrap(_app: StrapiApp) {},
};
