import { COMMON_FIELDS, type AdminLabels, type OptionLabels } from '../core/admin-labels';

/** The languages a comment can be written in, named in German and English. */
export const FEEDBACK_OPTIONS = {
  de: { de: 'Deutsch', en: 'German' },
  en: { de: 'Englisch', en: 'English' },
  ar: { de: 'Arabisch', en: 'Arabic' },
  fa: { de: 'Persisch', en: 'Persian' },
  uk: { de: 'Ukrainisch', en: 'Ukrainian' },
  tr: { de: 'Türkisch', en: 'Turkish' },
  ru: { de: 'Russisch', en: 'Russian' },
} satisfies OptionLabels;

/** How the admin presents public comments. */
export const FEEDBACK_LABELS: AdminLabels = {
  'plugin::teilhabe.comment': {
    name: { de: 'Öffentlicher Kommentar', en: 'Public comment' },
    fields: {
      subject: {
        de: 'Thema',
        en: 'Subject',
        help: 'Kürzel des Kapitels, bei dem der Kommentar erscheint, z. B. workshop-kinderbetreuung.',
      },
      text: {
        de: 'Text',
        en: 'Text',
        help: 'Veröffentlicht genau so, wie er hier steht: ohne Namen, Adressen oder andere persönliche Angaben.',
      },
      language: { de: 'Sprache des Kommentars', en: 'Language of the comment' },
      publishedOn: { de: 'Veröffentlicht am', en: 'Published on' },
      isSampleContent: COMMON_FIELDS.isSampleContent,
      updatedAt: COMMON_FIELDS.updatedAt,
    },
    list: ['subject', 'language', 'publishedOn'],
    sort: 'publishedOn:DESC',
  },
};
