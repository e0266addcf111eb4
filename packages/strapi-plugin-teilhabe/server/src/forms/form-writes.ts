import { errors } from '@strapi/utils';
import {
  formDefinitionSchema,
  formSettingsSchema,
  formTextsSchema,
  lintForm,
  localizedTextSchema,
  type FormDefinition,
  type FormSettings,
  type FormTexts,
} from '@teilhabe/forms';
import { z } from 'zod';

type Data = Record<string, unknown>;

/** What this file needs of a zod schema. */
interface Issue {
  path: ReadonlyArray<PropertyKey>;
  message: string;
}
type Parsed = { success: true; data: unknown } | { success: false; error: { issues: Issue[] } };

const german = { error: z.locales.de().localeError };

/**
 * Parses with German messages. `@teilhabe/forms` has its own copy of zod:
 * its schemas are used through this narrow view, so that TypeScript never
 * compares the two copies' types (which it cannot finish).
 */
const parseGerman = (schema: unknown, value: unknown): Parsed =>
  (schema as { safeParse(value: unknown, params: unknown): Parsed }).safeParse(value, german);

/** Segments of a path in the definition, as editors know them. */
const SEGMENTS: Record<string, string> = {
  steps: 'Schritt',
  fields: 'Feld',
  statuses: 'Status',
  options: 'Auswahl',
  label: 'Bezeichnung',
  hint: 'Hinweis',
  title: 'Titel',
  message: 'Nachricht',
  condition: 'Bedingung',
  purpose: 'Zweck',
  key: 'Schlüssel',
  code: 'Kürzel',
};

/** A path like `Schritt 1 › Feld 2 › Bezeichnung › en`. */
const describePath = (path: ReadonlyArray<PropertyKey>): string => {
  const parts: string[] = [];
  for (const segment of path) {
    if (typeof segment === 'number') {
      parts[parts.length - 1] = `${parts[parts.length - 1] ?? ''} ${segment + 1}`.trim();
    } else {
      parts.push(SEGMENTS[String(segment)] ?? String(segment));
    }
  }
  return parts.join(' › ');
};

const describe = (issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>) =>
  issues
    .map((problem) => [describePath(problem.path), problem.message].filter(Boolean).join(': '))
    .join('; ');

const parseJsonText = (value: unknown): unknown => {
  if (typeof value !== 'string') {
    return value;
  }
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
};

const TEXT_FIELDS = { title: 200, intro: 10_000, privacyNotice: 10_000, confirmation: 10_000 };
const FIELD_NAMES: Record<string, string> = {
  slug: 'Adresse (Slug)',
  title: 'Titel',
  intro: 'Einleitung',
  privacyNotice: 'Datenschutzhinweis',
  confirmation: 'Bestätigung',
  definition: 'Aufbau',
  caseworkers: 'Sachbearbeitung',
  legalBasis: 'Rechtsgrundlage',
};

const caseworkersSchema = z.array(z.number().int().positive()).max(50);
const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'nur Kleinbuchstaben, Ziffern und Bindestriche')
  .max(80);

/**
 * The definition and its lint (with the settings where they are known),
 * with German messages; the problems as one text, or null.
 */
export const definitionProblems = (
  value: unknown,
  settings?: { anonymous: boolean; allowUploadsWhenAnonymous: boolean }
): string | null => {
  const parsed = parseGerman(formDefinitionSchema, parseJsonText(value));
  if (!parsed.success) {
    return describe(parsed.error.issues);
  }
  const lint = lintForm({ definition: parsed.data as FormDefinition, settings });
  return lint.length > 0 ? lint.map((problem) => problem.message).join(' ') : null;
};

const knownSettings = (data: Data) =>
  typeof data.anonymous === 'boolean'
    ? {
        anonymous: data.anonymous,
        allowUploadsWhenAnonymous: Boolean(data.allowUploadsWhenAnonymous),
      }
    : undefined;

const fieldSchemas: Record<string, unknown> = {
  slug: slugSchema,
  caseworkers: caseworkersSchema,
  ...Object.fromEntries(
    Object.entries(TEXT_FIELDS).map(([field, max]) => [
      field,
      localizedTextSchema.refine(
        (text) => Object.values(text).every((item) => (item ?? '').length <= max),
        `höchstens ${max} Zeichen je Sprache`
      ),
    ])
  ),
};

/**
 * Checks the fields of a form write that Strapi cannot check itself and
 * normalizes JSON sent as text: the definition (schema and lint), the texts
 * in all languages, the caseworkers and the slug. Only fields present are
 * checked; empty ones may stay empty in a draft.
 * @throws ValidationError with a German message naming each field
 */
export const validateFormWrite = (data: Data): void => {
  const issues: Array<{ path: string[]; message: string; name: 'ValidationError' }> = [];
  const add = (field: string, message: string) =>
    issues.push({ path: [field], message, name: 'ValidationError' });
  for (const field of ['definition', ...Object.keys(fieldSchemas)]) {
    const value = data[field];
    if (!(field in data) || value === null || value === undefined || value === '') {
      continue;
    }
    if (field === 'definition') {
      const problems = definitionProblems(value, knownSettings(data));
      if (problems) {
        add(field, problems);
      } else {
        data[field] = (
          parseGerman(formDefinitionSchema, parseJsonText(value)) as { data: unknown }
        ).data;
      }
      continue;
    }
    const parsed = parseGerman(fieldSchemas[field], parseJsonText(value));
    if (parsed.success) {
      data[field] = parsed.data;
    } else {
      add(field, describe(parsed.error.issues));
    }
  }
  if (issues.length > 0) {
    const summary = issues
      .map((problem) => `${FIELD_NAMES[problem.path[0]!] ?? problem.path[0]}: ${problem.message}`)
      .join('; ');
    throw new errors.ValidationError(summary, { errors: issues });
  }
};

/** A stored form (draft or published) as the Document Service returns it. */
export interface FormRow extends Data {
  documentId: string;
  slug: string;
}

/** Everything of a form that a version freezes. */
export interface PublishableForm {
  formId: string;
  slug: string;
  settings: FormSettings;
  texts: FormTexts;
  definition: FormDefinition;
}

const iso = (value: unknown): string | null =>
  value === null || value === undefined || value === ''
    ? null
    : new Date(String(value)).toISOString();

/**
 * Checks a form completely before it is published: settings, every text,
 * the definition and its lint.
 * @param form the draft being published
 * @returns what the new version freezes
 * @throws ValidationError with a German message listing every problem
 */
export const assertPublishable = (form: FormRow): PublishableForm => {
  const problems: string[] = [];
  const settings = parseGerman(formSettingsSchema, {
    anonymous: Boolean(form.anonymous),
    specialCategoryData: Boolean(form.specialCategoryData),
    legalBasis: form.legalBasis ?? '',
    retentionDays: form.retentionDays,
    opensAt: iso(form.opensAt),
    closesAt: iso(form.closesAt),
    submissionLimit: form.submissionLimit ?? null,
    allowUploadsWhenAnonymous: Boolean(form.allowUploadsWhenAnonymous),
  });
  if (!settings.success) {
    problems.push(
      ...settings.error.issues.map(
        (problem) =>
          `${FIELD_NAMES[String(problem.path[0])] ?? describePath(problem.path)}: ${problem.message}`
      )
    );
  } else if (
    (settings.data as FormSettings).opensAt &&
    (settings.data as FormSettings).closesAt &&
    (settings.data as FormSettings).opensAt! >= (settings.data as FormSettings).closesAt!
  ) {
    problems.push('Geöffnet bis: muss nach „Geöffnet ab“ liegen');
  }
  const texts = parseGerman(
    formTextsSchema,
    Object.fromEntries(Object.keys(TEXT_FIELDS).map((field) => [field, parseJsonText(form[field])]))
  );
  if (!texts.success) {
    problems.push(
      ...texts.error.issues.map(
        (problem) =>
          `${FIELD_NAMES[String(problem.path[0])] ?? ''}${problem.path.length > 1 ? ` › ${problem.path.slice(1).join(' › ')}` : ''}: ${problem.message}`
      )
    );
  }
  const definitionIssue =
    form.definition === null || form.definition === undefined
      ? 'Das Formular hat noch keine Schritte und Felder.'
      : definitionProblems(
          form.definition,
          knownSettings({ ...form, anonymous: Boolean(form.anonymous) })
        );
  if (definitionIssue) {
    problems.push(`${FIELD_NAMES.definition}: ${definitionIssue}`);
  }
  const slug = parseGerman(slugSchema, form.slug);
  if (!slug.success) {
    problems.push(`${FIELD_NAMES.slug}: ${describe(slug.error.issues)}`);
  }
  if (problems.length > 0 || !settings.success || !texts.success) {
    throw new errors.ValidationError(
      `Das Formular kann so nicht veröffentlicht werden. ${problems.join('; ')}`
    );
  }
  return {
    formId: form.documentId,
    slug: form.slug,
    settings: settings.data as FormSettings,
    texts: texts.data as FormTexts,
    definition: (
      parseGerman(formDefinitionSchema, parseJsonText(form.definition)) as { data: FormDefinition }
    ).data,
  };
};
