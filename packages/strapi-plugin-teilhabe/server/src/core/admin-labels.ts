/** A field's label in the admin, in German and English, and a help text where it helps. */
export interface FieldLabel {
  de: string;
  en: string;
  /** Help text shown under the input (German: the editors' language). */
  help?: string;
}

/** How the admin presents one content type. */
export interface ContentTypeLabels {
  /** `info.displayName` in the schema (German), and its English name. */
  name: { de: string; en: string };
  fields: Record<string, FieldLabel>;
  /** Columns of the list view, in order. */
  list: readonly string[];
  /** The list view's default sort, `field:ASC|DESC`. */
  sort?: string;
}

/**
 * The admin's names for the values of enumeration fields. The content
 * manager shows a value through the admin's message catalogue with the
 * value itself as the message id, so these names are keyed by value and
 * shared by every field that offers it.
 */
export type OptionLabels = Record<string, { de: string; en: string }>;

/** Values several types offer: the translation status of every localized text. */
export const COMMON_OPTIONS = {
  source: { de: 'Quelltext (Deutsch)', en: 'Source text (German)' },
  demo_translation: { de: 'Demo-Übersetzung (ungeprüft)', en: 'Demo translation (unchecked)' },
  reviewed_translation: { de: 'Geprüfte Übersetzung', en: 'Reviewed translation' },
} satisfies OptionLabels;

/** Labels of a domain's content types, keyed by UID. */
export type AdminLabels = Record<string, ContentTypeLabels>;

/**
 * Fields many types share, labelled once. Where a type explains a shared
 * field in its own way, {@link withHelp} adds its help text.
 */
export const COMMON_FIELDS = {
  title: { de: 'Titel', en: 'Title' },
  name: { de: 'Name', en: 'Name' },
  slug: { de: 'Adresse (Slug)', en: 'Address (slug)' },
  summary: { de: 'Kurzbeschreibung', en: 'Summary' },
  description: { de: 'Beschreibung', en: 'Description' },
  isSampleContent: {
    de: 'Beispielinhalt',
    en: 'Sample content',
    help: 'Markiert erfundene Demo-Inhalte; das Portal weist Besucher darauf hin.',
  },
  translationStatus: {
    de: 'Stand der Übersetzung',
    en: 'Translation status',
    help: 'Quelltext, geprüfte Übersetzung oder Demo-Übersetzung. Wird im Portal angezeigt.',
  },
  code: {
    de: 'Kürzel',
    en: 'Code',
    help: 'Kleinbuchstaben und Bindestriche; steht in Adressen (URLs) und ändert sich nicht.',
  },
  label: { de: 'Bezeichnung', en: 'Label', help: 'Wie sie im Portal heißt, in jeder Sprache.' },
  position: { de: 'Reihenfolge', en: 'Order', help: 'Kleinere Zahlen stehen weiter vorn.' },
  createdAt: { de: 'Angelegt', en: 'Created' },
  updatedAt: { de: 'Zuletzt geändert', en: 'Last changed' },
  publishedAt: { de: 'Veröffentlicht', en: 'Published' },
} satisfies Record<string, FieldLabel>;

/** The help text of every Markdown field: what editors may write there. */
export const MARKDOWN_HELP = 'Überschriften, Listen und Links; kein HTML.';

/**
 * A shared field's label with the help text one type gives it.
 * @param field a label, usually one of {@link COMMON_FIELDS}
 * @param help the help text shown under the input
 * @returns the label with that help text
 */
export const withHelp = (field: FieldLabel, help: string): FieldLabel => ({ ...field, help });
