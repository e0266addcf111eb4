import {
  COMMON_FIELDS,
  COMMON_OPTIONS,
  MARKDOWN_HELP,
  withHelp,
  type AdminLabels,
  type OptionLabels,
} from '../core/admin-labels';
import type { LifeSituationIcon } from './schemas';

/** Names of the kinds of page and of the life situations' icons. */
export const EDITORIAL_OPTIONS = {
  ...COMMON_OPTIONS,
  imprint: { de: 'Impressum', en: 'Imprint' },
  privacy: { de: 'Datenschutzerklärung', en: 'Privacy notice' },
  accessibility: { de: 'Erklärung zur Barrierefreiheit', en: 'Accessibility statement' },
  easy_language: { de: 'Leichte Sprache', en: 'Easy language' },
  other: { de: 'Sonstige Seite', en: 'Other page' },
  language: { de: 'Sprache (Sprechblase)', en: 'Language (speech bubble)' },
  childcare: { de: 'Kinderbetreuung (Kind)', en: 'Childcare (child)' },
  advice: { de: 'Beratung (Info-Zeichen)', en: 'Counselling (information sign)' },
  work: { de: 'Arbeit (Aktentasche)', en: 'Work (briefcase)' },
  discrimination: { de: 'Diskriminierung (Schutzschild)', en: 'Discrimination (shield)' },
  participation: { de: 'Teilhabe (zwei Menschen)', en: 'Participation (two people)' },
} satisfies OptionLabels & Record<LifeSituationIcon, unknown>;

/** How the admin presents editorial content. */
export const EDITORIAL_LABELS: AdminLabels = {
  'plugin::teilhabe.page': {
    name: { de: 'Seite', en: 'Page' },
    fields: {
      slug: withHelp(
        COMMON_FIELDS.slug,
        'Letzter Teil der Adresse im Portal, z. B. impressum; gilt für alle Sprachen.'
      ),
      role: {
        de: 'Art der Seite',
        en: 'Kind of page',
        help: 'Impressum, Datenschutz oder Barrierefreiheit werden im Fuß des Portals verlinkt.',
      },
      title: COMMON_FIELDS.title,
      summary: withHelp(COMMON_FIELDS.summary, 'Ein bis zwei Sätze für Übersichten.'),
      body: { de: 'Text', en: 'Text', help: MARKDOWN_HELP },
      isSampleContent: COMMON_FIELDS.isSampleContent,
      translationStatus: COMMON_FIELDS.translationStatus,
      updatedAt: COMMON_FIELDS.updatedAt,
    },
    list: ['title', 'slug', 'role', 'updatedAt'],
    sort: 'title:ASC',
  },
  'plugin::teilhabe.life-situation': {
    name: { de: 'Lebenslage', en: 'Life situation' },
    fields: {
      code: COMMON_FIELDS.code,
      position: COMMON_FIELDS.position,
      icon: { de: 'Symbol', en: 'Icon' },
      directoryCategory: {
        de: 'Kategorie im Verzeichnis',
        en: 'Directory category',
        help: 'Kürzel der Kategorie, zu der die Kachel auf der Startseite führt.',
      },
      title: COMMON_FIELDS.title,
      teaser: { de: 'Kurztext', en: 'Teaser', help: 'Ein Satz unter dem Titel der Kachel.' },
      isSampleContent: COMMON_FIELDS.isSampleContent,
      translationStatus: COMMON_FIELDS.translationStatus,
    },
    list: ['title', 'position', 'directoryCategory'],
    sort: 'position:ASC',
  },
  'plugin::teilhabe.glossary-term': {
    name: { de: 'Begriff im Glossar', en: 'Glossary term' },
    fields: {
      slug: withHelp(
        COMMON_FIELDS.slug,
        'Anker des Begriffs im Portal (…/konzept/glossar#begriff-handlungsfeld); gilt für alle Sprachen.'
      ),
      term: {
        de: 'Begriff',
        en: 'Term',
        help: 'So, wie er im Konzept vorkommt, z. B. „Handlungsfeld“.',
      },
      definition: {
        de: 'Erklärung',
        en: 'Definition',
        help: 'Ein bis drei kurze Sätze in einfachen Worten.',
      },
      isSampleContent: COMMON_FIELDS.isSampleContent,
      translationStatus: COMMON_FIELDS.translationStatus,
      updatedAt: COMMON_FIELDS.updatedAt,
    },
    list: ['term', 'slug', 'updatedAt'],
    sort: 'term:ASC',
  },
  'plugin::teilhabe.site-setting': {
    name: { de: 'Website-Einstellungen', en: 'Site settings' },
    fields: {
      cityName: { de: 'Name der Stadt', en: 'City name' },
      siteTitle: { de: 'Titel des Portals', en: 'Portal title' },
      welcomeHeading: { de: 'Überschrift der Startseite', en: 'Home page heading' },
      welcomeText: { de: 'Begrüßungstext', en: 'Welcome text' },
      footerText: { de: 'Text im Fuß', en: 'Footer text' },
      accessibilityFeedbackEmail: {
        de: 'E-Mail für Barrieren',
        en: 'Accessibility feedback e-mail',
        help: 'Adresse, an die Besucher Barrieren melden (Erklärung zur Barrierefreiheit).',
      },
      isSampleContent: COMMON_FIELDS.isSampleContent,
      translationStatus: COMMON_FIELDS.translationStatus,
    },
    list: [],
  },
};
