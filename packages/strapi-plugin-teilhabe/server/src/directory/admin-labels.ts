import {
  COMMON_FIELDS,
  COMMON_OPTIONS,
  type OptionLabels,
  MARKDOWN_HELP,
  withHelp,
  type AdminLabels,
  type FieldLabel,
} from '../core/admin-labels';

const taxonomy = (de: string, en: string): AdminLabels[string] => ({
  name: { de, en },
  fields: {
    code: COMMON_FIELDS.code,
    label: COMMON_FIELDS.label,
    position: COMMON_FIELDS.position,
    isSampleContent: COMMON_FIELDS.isSampleContent,
  },
  list: ['code', 'position', 'isSampleContent'],
  sort: 'position:ASC',
});

const OFFER_FIELDS: Record<string, FieldLabel> = {
  title: COMMON_FIELDS.title,
  slug: withHelp(
    COMMON_FIELDS.slug,
    'Wird aus dem deutschen Titel gebildet; eine alte Adresse leitet weiter.'
  ),
  summary: withHelp(COMMON_FIELDS.summary, 'Ein bis zwei Sätze für die Trefferliste.'),
  description: withHelp(COMMON_FIELDS.description, MARKDOWN_HELP),
  descriptionText: { de: 'Beschreibung als Text', en: 'Description as text' },
  category: { de: 'Kategorie', en: 'Category' },
  targetGroups: { de: 'Zielgruppen', en: 'Target groups' },
  staffLanguages: {
    de: 'Sprachen des Personals',
    en: 'Staff languages',
    help: 'In welchen Sprachen beraten oder unterrichtet wird.',
  },
  costType: { de: 'Kosten', en: 'Cost' },
  costAmountEuro: { de: 'Betrag in Euro', en: 'Amount in euros' },
  costNote: { de: 'Hinweis zu den Kosten', en: 'Note on cost' },
  stepFreeAccess: { de: 'Stufenloser Zugang', en: 'Step-free access' },
  accessibleToilet: { de: 'Barrierefreies WC', en: 'Accessible toilet' },
  hearingLoop: { de: 'Induktionsschleife', en: 'Hearing loop' },
  accessibilityNote: { de: 'Hinweis zur Barrierefreiheit', en: 'Note on accessibility' },
  interpreterAvailable: { de: 'Dolmetschen möglich', en: 'Interpreter available' },
  appointmentNeeded: { de: 'Termin nötig', en: 'Appointment needed' },
  openingHours: {
    de: 'Öffnungszeiten',
    en: 'Opening hours',
    help: 'Zeiten je Wochentag (auch mehrere an einem Tag) und Ausnahmen an einzelnen Tagen, z. B. an Feiertagen geschlossen.',
  },
  validFrom: { de: 'Gültig ab', en: 'Valid from' },
  validUntil: {
    de: 'Gültig bis',
    en: 'Valid until',
    help: 'Danach zeigt das Portal das Angebot als beendet und nicht mehr in Listen.',
  },
  lastVerifiedAt: {
    de: 'Zuletzt geprüft',
    en: 'Last verified',
    help: 'Wann zuletzt geprüft, ob das Angebot noch stimmt.',
  },
  links: {
    de: 'Weiterführende Links',
    en: 'Further links',
    help: 'Vollständige Adresse mit https:// und eine Bezeichnung je Sprache; Deutsch ist Pflicht.',
  },
  provider: { de: 'Anbieter', en: 'Provider' },
  locations: { de: 'Orte', en: 'Locations' },
  contacts: { de: 'Kontakte', en: 'Contacts' },
  courseLevel: {
    de: 'Sprachniveau',
    en: 'Language level',
    help: 'Nur bei Sprachkursen (A1 bis C2).',
  },
  courseType: { de: 'Kursart', en: 'Course type' },
  courseStartDate: { de: 'Kursbeginn', en: 'Course start' },
  courseEndDate: { de: 'Kursende', en: 'Course end' },
  courseSchedule: {
    de: 'Kurszeiten',
    en: 'Course schedule',
    help: 'An welchen Wochentagen und von wann bis wann der Kurs stattfindet.',
  },
  courseSeatsTotal: { de: 'Plätze gesamt', en: 'Seats in total' },
  courseSeatsFree: { de: 'Freie Plätze', en: 'Seats free' },
  courseChildcare: { de: 'Kinderbetreuung während des Kurses', en: 'Childcare during the course' },
  courseWomenOnly: { de: 'Nur für Frauen', en: 'Women only' },
  courseFundingNote: { de: 'Hinweis zur Förderung', en: 'Note on funding' },
  childcareAgeFromMonths: { de: 'Alter ab (Monate)', en: 'Age from (months)' },
  childcareAgeToMonths: { de: 'Alter bis (Monate)', en: 'Age to (months)' },
  childcareHours: { de: 'Betreuungszeiten', en: 'Childcare hours' },
  childcarePlaces: { de: 'Betreuungsplätze', en: 'Childcare places' },
  childcareRegistrationUrl: { de: 'Adresse der Anmeldung', en: 'Registration address' },
  registrationForm: {
    de: 'Anmeldeformular',
    en: 'Registration form',
    help: 'Das Online-Formular, mit dem man sich für dieses Angebot anmeldet. Der Link erscheint, sobald das Formular veröffentlicht ist.',
  },
  previousSlugs: {
    de: 'Frühere Adressen',
    en: 'Previous addresses',
    help: 'Frühere Adressen leiten auf die aktuelle weiter. Wird beim Ändern der Adresse selbst ergänzt.',
  },
  isSampleContent: COMMON_FIELDS.isSampleContent,
  translationStatus: COMMON_FIELDS.translationStatus,
  updatedAt: COMMON_FIELDS.updatedAt,
};

/** Names of the cost kinds and course levels (the CEFR levels keep their names). */
export const DIRECTORY_OPTIONS = {
  ...COMMON_OPTIONS,
  free: { de: 'Kostenlos', en: 'Free of charge' },
  amount: { de: 'Mit Kosten (Betrag)', en: 'With a fee (amount)' },
  literacy: { de: 'Alphabetisierung', en: 'Literacy' },
} satisfies OptionLabels;

/** How the admin presents the directory. */
export const DIRECTORY_LABELS: AdminLabels = {
  'plugin::teilhabe.offer': {
    name: { de: 'Angebot', en: 'Offer' },
    fields: OFFER_FIELDS,
    list: ['title', 'category', 'provider', 'lastVerifiedAt', 'validUntil'],
    sort: 'title:ASC',
  },
  'plugin::teilhabe.provider': {
    name: { de: 'Anbieter', en: 'Provider' },
    fields: {
      name: COMMON_FIELDS.name,
      website: { de: 'Website', en: 'Website', help: 'Vollständige Adresse mit https://' },
      description: withHelp(
        COMMON_FIELDS.description,
        'Wer der Anbieter ist, in jeder Sprache; Deutsch ist Pflicht.'
      ),
      isSampleContent: COMMON_FIELDS.isSampleContent,
    },
    list: ['name', 'website', 'isSampleContent'],
    sort: 'name:ASC',
  },
  'plugin::teilhabe.location': {
    name: { de: 'Ort', en: 'Location' },
    fields: {
      name: COMMON_FIELDS.name,
      street: { de: 'Straße und Hausnummer', en: 'Street and number' },
      postalCode: { de: 'Postleitzahl', en: 'Postal code' },
      city: { de: 'Ort', en: 'City' },
      district: { de: 'Stadtteil', en: 'District' },
      latitude: { de: 'Breitengrad', en: 'Latitude', help: 'Für den Kartenlink, z. B. 52.3714' },
      longitude: { de: 'Längengrad', en: 'Longitude', help: 'Für den Kartenlink, z. B. 9.9749' },
      isSampleContent: COMMON_FIELDS.isSampleContent,
    },
    list: ['name', 'street', 'district'],
    sort: 'name:ASC',
  },
  'plugin::teilhabe.contact': {
    name: { de: 'Kontakt', en: 'Contact' },
    fields: {
      internalName: {
        de: 'Interne Bezeichnung',
        en: 'Internal name',
        help: 'Nur für die Redaktion, erscheint nicht im Portal.',
      },
      role: { de: 'Funktion', en: 'Role', help: 'Z. B. „Beratung“ – in jeder Sprache.' },
      phone: { de: 'Telefon', en: 'Phone' },
      email: { de: 'E-Mail', en: 'E-mail', help: 'Eine Funktionsadresse, keine persönliche.' },
      languages: {
        de: 'Sprachen',
        en: 'Languages',
        help: 'In welchen Sprachen dieser Kontakt erreichbar ist.',
      },
      personName: {
        de: 'Name der Person',
        en: 'Person’s name',
        help: 'Nur mit dokumentierter Einwilligung der Person (Datum darunter).',
      },
      personConsentRecordedAt: { de: 'Einwilligung vom', en: 'Consent recorded on' },
      isSampleContent: COMMON_FIELDS.isSampleContent,
    },
    list: ['internalName', 'phone', 'email'],
    sort: 'internalName:ASC',
  },
  'plugin::teilhabe.category': taxonomy('Kategorie', 'Category'),
  'plugin::teilhabe.target-group': taxonomy('Zielgruppe', 'Target group'),
  'plugin::teilhabe.district': taxonomy('Stadtteil', 'District'),
  'plugin::teilhabe.course-type': taxonomy('Kursart', 'Course type'),
};
