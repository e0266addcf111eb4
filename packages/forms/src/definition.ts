import { z } from 'zod';
import { FILE_TYPES, MAX_FILE_BYTES } from './form-constants.ts';

/**
 * The definition of a form: what an editor builds in the admin and what every
 * published version freezes into its snapshot. Structure (keys, types, rules,
 * conditions, steps, order) is shared by all locales; every text a resident
 * reads is a map per locale with German required, the same shape as the
 * plugin's "Text in allen Sprachen" field. A form is offered in a locale only
 * when every text has that locale (see `translation.ts`).
 *
 * This file is the contract between the admin's form builder, the plugin
 * (authoritative validation, snapshots) and the portal (rendering, instant
 * feedback). Change it only together with all three.
 */

export { FORM_LOCALES, type FormLocale } from './form-constants.ts';

/** A text per locale, German required, the others optional (empty strings count as missing). */
export const localizedTextSchema = z
  .object({
    de: z.string().trim().min(1).max(10_000),
    en: z.string().max(10_000).optional(),
    ar: z.string().max(10_000).optional(),
    fa: z.string().max(10_000).optional(),
    uk: z.string().max(10_000).optional(),
    tr: z.string().max(10_000).optional(),
    ru: z.string().max(10_000).optional(),
  })
  .strict();
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/**
 * A field key: stable across versions and locales, the key of the answer.
 * camelCase, starting with a letter, at most 40 characters.
 */
export const fieldKeySchema = z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/);

/**
 * When a field or step is shown: an answer of an earlier field (top level,
 * not inside a repeated group) compared with a value. Hidden fields are
 * neither validated nor stored.
 */
export const conditionSchema = z
  .object({
    field: fieldKeySchema,
    /**
     * `equals` / `notEquals`: the answer (a choice's value, `true`/`false` for
     * yes/no and consent, a number) is / is not `value`; `includes`: a
     * multiple choice contains `value`; `answered`: any non-empty answer.
     */
    operator: z.enum(['equals', 'notEquals', 'includes', 'answered']),
    value: z.union([z.string().max(200), z.number(), z.boolean()]).optional(),
  })
  .strict();
export type Condition = z.infer<typeof conditionSchema>;

const fieldBase = {
  key: fieldKeySchema,
  label: localizedTextSchema,
  hint: localizedTextSchema.optional(),
  condition: conditionSchema.optional(),
};

/**
 * Why an input field is asked (GDPR data minimisation, P-02): German, for the
 * record of processing; shown to editors and caseworkers, never to residents.
 */
const inputBase = {
  ...fieldBase,
  required: z.boolean().default(false),
  purpose: z.string().trim().min(1).max(500),
};

/** Allowed `autocomplete` tokens (WCAG 1.3.5) for fields that ask about the resident. */
export const AUTOCOMPLETE_TOKENS = [
  'name',
  'given-name',
  'family-name',
  'email',
  'tel',
  'street-address',
  'postal-code',
  'address-level2',
  'bday',
  'off',
] as const;

export const shortTextFieldSchema = z
  .object({
    ...inputBase,
    type: z.literal('shortText'),
    minLength: z.number().int().min(0).max(500).optional(),
    maxLength: z.number().int().min(1).max(500).default(200),
    /** A JavaScript regular expression the whole answer must match (anchored by the validator). */
    pattern: z.string().max(200).optional(),
    /** Shown when the pattern does not match. */
    patternMessage: localizedTextSchema.optional(),
    autocomplete: z.enum(AUTOCOMPLETE_TOKENS).optional(),
  })
  .strict();

export const longTextFieldSchema = z
  .object({
    ...inputBase,
    type: z.literal('longText'),
    minLength: z.number().int().min(0).max(10_000).optional(),
    maxLength: z.number().int().min(1).max(10_000).default(2000),
  })
  .strict();

export const emailFieldSchema = z.object({ ...inputBase, type: z.literal('email') }).strict();
export const phoneFieldSchema = z.object({ ...inputBase, type: z.literal('phone') }).strict();

export const numberFieldSchema = z
  .object({
    ...inputBase,
    type: z.literal('number'),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().default(true),
  })
  .strict();

/** A date bound: an ISO date, or `today` plus a number of days (negative: in the past). */
export const dateBoundSchema = z.union([
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  z.object({ todayPlusDays: z.number().int().min(-54_750).max(3650) }).strict(),
]);
export type DateBound = z.infer<typeof dateBoundSchema>;

export const dateFieldSchema = z
  .object({
    ...inputBase,
    type: z.literal('date'),
    min: dateBoundSchema.optional(),
    max: dateBoundSchema.optional(),
    autocomplete: z.enum(['bday', 'off']).optional(),
  })
  .strict();

export const choiceOptionSchema = z
  .object({
    /** Stored as the answer; stable across versions. */
    value: z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/),
    label: localizedTextSchema,
  })
  .strict();
export type ChoiceOption = z.infer<typeof choiceOptionSchema>;

/**
 * Options from the service directory instead of a fixed list: the published
 * offers of one category (e.g. the childcare facilities), by `documentId`,
 * resolved and checked against the directory when the form is read and sent.
 */
export const directoryOptionsSchema = z
  .object({ category: z.string().regex(/^[a-z0-9-]{1,60}$/) })
  .strict();

const choiceBase = {
  ...inputBase,
  options: z.array(choiceOptionSchema).max(100).default([]),
  optionsFromDirectory: directoryOptionsSchema.optional(),
};

export const singleChoiceFieldSchema = z
  .object({
    ...choiceBase,
    type: z.literal('singleChoice'),
    /** Radio buttons (default) or, for long lists, a select. */
    display: z.enum(['radios', 'select']).default('radios'),
    /**
     * "Statistisch auswertbar": the chosen option is also counted per
     * quarter, apart from the encrypted answers and without any link to the
     * submission, for published statistics with small counts suppressed.
     * Top-level fields with fixed options only (see `lintForm`). Optional
     * without a default, so that the hash of versions published before it
     * existed stays the same.
     */
    statistical: z.boolean().optional(),
  })
  .strict();

export const multipleChoiceFieldSchema = z
  .object({
    ...choiceBase,
    type: z.literal('multipleChoice'),
    minSelected: z.number().int().min(0).max(100).optional(),
    maxSelected: z.number().int().min(1).max(100).optional(),
  })
  .strict();

export const yesNoFieldSchema = z.object({ ...inputBase, type: z.literal('yesNo') }).strict();

/** A consent: the label is the consent text; `required` means it must be given. */
export const consentFieldSchema = z.object({ ...inputBase, type: z.literal('consent') }).strict();

export { FILE_TYPES, MAX_FILE_BYTES } from './form-constants.ts';

export const fileFieldSchema = z
  .object({
    ...inputBase,
    type: z.literal('file'),
    accept: z.array(z.enum(FILE_TYPES)).min(1),
    maxBytes: z
      .number()
      .int()
      .min(1024)
      .max(MAX_FILE_BYTES)
      .default(5 * 1024 * 1024),
    maxFiles: z.number().int().min(1).max(5).default(1),
  })
  .strict();

/** A person's name: given and family name. */
export const nameFieldSchema = z.object({ ...inputBase, type: z.literal('name') }).strict();

/** A German postal address: street, house number, five-digit postal code, town. */
export const addressFieldSchema = z.object({ ...inputBase, type: z.literal('address') }).strict();

/** A heading inside a step; no answer. */
export const headingFieldSchema = z.object({ ...fieldBase, type: z.literal('heading') }).strict();

/** A paragraph of information (Markdown) inside a step; no answer. */
export const infoFieldSchema = z
  .object({ ...fieldBase, type: z.literal('info'), body: localizedTextSchema })
  .strict();

/** The field types that can stand inside a repeated group; every form field type but consent, file, heading, info and group. */
const GROUP_ITEM_FIELD_SCHEMAS = [
  shortTextFieldSchema,
  longTextFieldSchema,
  emailFieldSchema,
  phoneFieldSchema,
  numberFieldSchema,
  dateFieldSchema,
  singleChoiceFieldSchema,
  multipleChoiceFieldSchema,
  yesNoFieldSchema,
  nameFieldSchema,
  addressFieldSchema,
] as const;

export const groupItemFieldSchema = z.discriminatedUnion('type', GROUP_ITEM_FIELD_SCHEMAS);

/**
 * "Add another": a group of fields answered once per item (the children of
 * one family), at least `minItems`, at most `maxItems`. Conditions inside a
 * group may refer to top-level fields only.
 */
export const groupFieldSchema = z
  .object({
    ...inputBase,
    type: z.literal('group'),
    /** The label of one item, e.g. "Kind"; the portal numbers them ("Kind 2"). */
    itemLabel: localizedTextSchema,
    fields: z.array(groupItemFieldSchema).min(1).max(20),
    minItems: z.number().int().min(0).max(20).default(1),
    maxItems: z.number().int().min(1).max(20).default(5),
  })
  .strict();

export const fieldSchema = z.discriminatedUnion('type', [
  ...GROUP_ITEM_FIELD_SCHEMAS,
  consentFieldSchema,
  fileFieldSchema,
  headingFieldSchema,
  infoFieldSchema,
  groupFieldSchema,
]);
export type FormField = z.infer<typeof fieldSchema>;
export type FieldType = FormField['type'];
export type GroupItemField = z.infer<typeof groupItemFieldSchema>;

/** One step (page) of a form; shown when its condition holds. */
export const stepSchema = z
  .object({
    key: fieldKeySchema,
    title: localizedTextSchema,
    condition: conditionSchema.optional(),
    fields: z.array(fieldSchema).min(1).max(60),
  })
  .strict();
export type FormStep = z.infer<typeof stepSchema>;

/**
 * A status a resident sees on the status page, with its message. The first
 * status is the one a new submission gets; `closesCase` starts the retention
 * period (e.g. "Platz zugesagt", "Abgeschlossen").
 */
export const statusSchema = z
  .object({
    code: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/),
    label: localizedTextSchema,
    message: localizedTextSchema,
    closesCase: z.boolean().default(false),
  })
  .strict();
export type FormStatus = z.infer<typeof statusSchema>;

/**
 * A feedback form whose answers a moderator may publish as public comments
 * after removing personal data: which answer holds the text, which names the
 * subject (e.g. the chapter of the integration concept), and which consent
 * to publication must have been given. Keys of top-level fields.
 */
export const commentPublishingSchema = z
  .object({
    textField: fieldKeySchema,
    subjectField: fieldKeySchema,
    consentField: fieldKeySchema,
  })
  .strict();
export type CommentPublishing = z.infer<typeof commentPublishingSchema>;

/** The definition an editor builds: steps with fields, and the statuses residents see. */
export const formDefinitionSchema = z
  .object({
    steps: z.array(stepSchema).min(1).max(20),
    statuses: z.array(statusSchema).min(1).max(20),
    /** Show one question per page instead of one step per page. */
    onePerPage: z.boolean().default(false),
    /**
     * Ask "I would like an interpreter for …" on the review step; the answer is
     * shown to the caseworker.
     */
    askForInterpreter: z.boolean().default(false),
    /** Answers may become public comments through moderation (optional; see the schema). */
    commentPublishing: commentPublishingSchema.optional(),
  })
  .strict();
export type FormDefinition = z.infer<typeof formDefinitionSchema>;

/** Settings of a form that are not texts; shared by all locales. */
export const formSettingsSchema = z
  .object({
    /** Anonymous mode: no contact fields required, long receipt, nothing identifying stored. */
    anonymous: z.boolean(),
    /** Collects special-category data (GDPR Art. 9). */
    specialCategoryData: z.boolean(),
    /** Legal basis in German, e.g. "Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 24 SGB VIII". */
    legalBasis: z.string().trim().min(1).max(500),
    /** Days to keep a submission after its case is closed (anonymous: after submission). */
    retentionDays: z.number().int().min(1).max(3650),
    opensAt: z.iso.datetime({ offset: true }).nullable(),
    closesAt: z.iso.datetime({ offset: true }).nullable(),
    /** At most this many submissions are accepted (places in a course); null: no limit. */
    submissionLimit: z.number().int().min(1).max(100_000).nullable(),
    /** Files may be uploaded in anonymous mode only when this is set. */
    allowUploadsWhenAnonymous: z.boolean().default(false),
  })
  .strict();
export type FormSettings = z.infer<typeof formSettingsSchema>;

/** The texts of a form around its fields. */
export const formTextsSchema = z
  .object({
    title: localizedTextSchema,
    /** Markdown: what the form is for, what is needed, how long it takes. */
    intro: localizedTextSchema,
    /** Markdown: the Art. 13 notice (controller, purposes, retention, rights). */
    privacyNotice: localizedTextSchema,
    /** Markdown: what happens after sending; shown on the confirmation page. */
    confirmation: localizedTextSchema,
  })
  .strict();
export type FormTexts = z.infer<typeof formTextsSchema>;

/**
 * One published version of a form, frozen: what a submission is validated
 * against. `hash` is the SHA-256 of the canonical JSON of everything but
 * `hash` and `publishedAt`.
 */
export const formSnapshotSchema = z
  .object({
    formId: z.string().min(1),
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    version: z.number().int().min(1),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    publishedAt: z.iso.datetime({ offset: true }),
    settings: formSettingsSchema,
    texts: formTextsSchema,
    definition: formDefinitionSchema,
  })
  .strict();
export type FormSnapshot = z.infer<typeof formSnapshotSchema>;
