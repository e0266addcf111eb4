import { COMMON_FIELDS, type AdminLabels } from '../core/admin-labels';
import { FORM_UIDS } from './constants';

/** How the admin presents forms: German names, labels, help texts, columns. */
export const FORMS_LABELS: AdminLabels = {
  [FORM_UIDS.form]: {
    name: { de: 'Formular', en: 'Form' },
    fields: {
      slug: {
        de: 'Adresse (Slug)',
        en: 'Address (slug)',
        help: 'Steht in der Adresse des Formulars im Portal, z. B. kita-anmeldung. Kleinbuchstaben, Ziffern, Bindestriche.',
      },
      title: { de: 'Titel', en: 'Title' },
      intro: {
        de: 'Einleitung',
        en: 'Introduction',
        help: 'Wofür das Formular ist, was man braucht und wie lange es dauert.',
      },
      privacyNotice: {
        de: 'Datenschutzhinweis',
        en: 'Privacy notice',
        help: 'Nach Art. 13 DSGVO: Verantwortliche Stelle, Zwecke, Speicherdauer, Rechte.',
      },
      confirmation: {
        de: 'Bestätigung',
        en: 'Confirmation',
        help: 'Was nach dem Absenden geschieht; steht auf der Bestätigungsseite.',
      },
      definition: {
        de: 'Aufbau',
        en: 'Structure',
        help: 'Schritte, Felder, Bedingungen und die Status, die Antragstellende sehen.',
      },
      anonymous: {
        de: 'Anonym',
        en: 'Anonymous',
        help: 'Keine Kontaktdaten nötig, lange Quittungsnummer statt Kennung und Code, nur Tagesdaten gespeichert.',
      },
      specialCategoryData: {
        de: 'Besondere Kategorien personenbezogener Daten',
        en: 'Special-category data',
        help: 'Art. 9 DSGVO, z. B. Gesundheit, Herkunft, Religion.',
      },
      legalBasis: {
        de: 'Rechtsgrundlage',
        en: 'Legal basis',
        help: 'z. B. Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 24 SGB VIII.',
      },
      retentionDays: {
        de: 'Aufbewahrung in Tagen',
        en: 'Retention in days',
        help: 'Tage nach Abschluss des Falls (anonyme Formulare: nach Eingang), danach wird gelöscht.',
      },
      opensAt: {
        de: 'Geöffnet ab',
        en: 'Open from',
        help: 'Leer: sofort nach dem Veröffentlichen.',
      },
      closesAt: { de: 'Geöffnet bis', en: 'Open until', help: 'Leer: ohne Ende.' },
      submissionLimit: {
        de: 'Höchstzahl der Anträge',
        en: 'Submission limit',
        help: 'z. B. die Plätze eines Kurses; leer: ohne Grenze.',
      },
      allowUploadsWhenAnonymous: {
        de: 'Dateien auch anonym erlauben',
        en: 'Allow uploads when anonymous',
      },
      caseworkers: {
        de: 'Sachbearbeitung',
        en: 'Caseworkers',
        help: 'Nur diese Personen lesen die Anträge dieses Formulars.',
      },
      isSampleContent: COMMON_FIELDS.isSampleContent!,
      createdAt: COMMON_FIELDS.createdAt!,
      updatedAt: COMMON_FIELDS.updatedAt!,
      publishedAt: COMMON_FIELDS.publishedAt!,
    },
    list: ['slug', 'anonymous', 'closesAt', 'updatedAt'],
    sort: 'updatedAt:DESC',
  },
};
