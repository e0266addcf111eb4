import {
  INTERPRETER_KEY,
  cityToday,
  isAnswered,
  isAvailableIn,
  parsePost,
  pruneHidden,
  validateAnswers,
  type FormDefinition,
  type FormField,
  type GroupItemField,
  type ValidationError,
} from '@teilhabe/forms';
import type { H3Event } from 'h3';
import { filesOfEntries } from '#shared/forms/files';
import { inputId, latinDigits, partsOf } from '#shared/forms/inputs';
import { formPages, type FormPage } from '#shared/forms/pages';
import { prefillEntries } from '#shared/forms/prefill';
import type { FieldError, FormPageView, FormStage, FormTokens } from '#shared/forms/view';
import type { LocaleCode } from '@teilhabe/locales';
import type { PostedFile } from './forms-post';
import { forwardFiles } from './forms-uploads';

/**
 * One step of filling in a form, the same for a plain HTML post and for the
 * JavaScript client: read the posted answers, act on the pressed button
 * (`_action`), validate with `@teilhabe/forms`, send to the CMS when asked,
 * and describe the page to show next. Nothing is kept on the server between
 * steps: the answers of the other pages come back as hidden inputs.
 */

/** The flow's own inputs, next to the answers. */
export const FLOW_FIELDS = {
  page: '_page',
  action: '_action',
  version: '_version',
  renderToken: '_renderToken',
  idempotencyKey: '_idempotencyKey',
  returnToReview: '_return',
  shownFields: '_fields',
  itemsPrefix: '_items',
  honeypot: 'website',
  preview: '_preview',
} as const;

/** The `_page` value of the check-your-answers step. */
export const REVIEW_PAGE = '_review';

type Entries = ReadonlyArray<readonly [string, string]>;
type Group = Extract<FormField, { type: 'group' }>;

interface SubmissionReply {
  reference?: string;
  code?: string;
  receipt?: string;
}

const DIGIT_PARTS = new Set(['day', 'month', 'year', 'postalCode', 'houseNumber']);
const PART_OF_CODE: Record<string, string> = {
  givenName: 'given',
  familyName: 'family',
  street: 'street',
  houseNumber: 'houseNumber',
  postalCode: 'postalCode',
  city: 'city',
};

function allFields(definition: FormDefinition): Array<FormField | GroupItemField> {
  return definition.steps.flatMap((step) =>
    step.fields.flatMap((field): Array<FormField | GroupItemField> =>
      field.type === 'group' ? [field, ...field.fields] : [field]
    )
  );
}

/**
 * Digits typed on an Arabic or Persian keyboard, in numbers, dates, phone
 * numbers and postal codes, become Latin ones before parsing; free text is
 * left as written.
 */
function normalizeDigits(definition: FormDefinition, entries: Entries): Array<[string, string]> {
  const types = new Map(allFields(definition).map((field) => [field.key, field.type]));
  return entries.map(([name, value]) => {
    const segments = name.split(/[[\]]+/).filter(Boolean);
    const last = segments[segments.length - 1] ?? '';
    const key = [...segments].reverse().find((segment) => types.has(segment));
    const numeric =
      DIGIT_PARTS.has(last) || (key && ['number', 'phone'].includes(types.get(key) ?? ''));
    return [name, numeric ? latinDigits(value) : value];
  });
}

/** The items of a group shown on screen: as posted, plus one more or one fewer when asked. */
function adjustItems(
  group: Group,
  posted: Record<string, unknown>,
  postedCount: number,
  action: string
): number {
  const items = Array.isArray(posted[group.key]) ? (posted[group.key] as unknown[]) : [];
  let count = Math.max(postedCount, items.length, group.minItems, 1);
  const removed = new RegExp(`^remove:${group.key}:(\\d+)$`).exec(action);
  if (removed && count > 1) {
    items.splice(Number(removed[1]), 1);
    count -= 1;
  }
  if (action === `add:${group.key}`) {
    count = Math.min(count + 1, group.maxItems);
  }
  posted[group.key] = items.length > 0 ? items : [{}];
  return Math.min(count, group.maxItems);
}

/**
 * The answers to check and send: items of repeated groups left empty are
 * dropped, except as many as the group needs at least, so that a required
 * group left empty reports its questions one by one.
 */
function withoutEmptyItems(
  definition: FormDefinition,
  answers: Record<string, unknown>
): Record<string, unknown> {
  const result = { ...answers };
  for (const group of definition.steps.flatMap((step) => step.fields)) {
    const items = result[group.key];
    if (group.type !== 'group' || !Array.isArray(items)) {
      continue;
    }
    const needed = Math.max(group.minItems, group.required ? 1 : 0);
    const answered = items.filter(isAnswered);
    result[group.key] =
      answered.length >= needed
        ? answered
        : [...answered, ...Array.from({ length: needed - answered.length }, () => ({}))];
  }
  return result;
}

/** The input an error links to: the refused part of a composite answer, else its first input. */
function errorTarget(definition: FormDefinition, error: ValidationError): string[] {
  const path = error.path.map(String);
  const fields = allFields(definition);
  const field = [...path]
    .reverse()
    .reduce<FormField | GroupItemField | undefined>(
      (found, segment) => found ?? fields.find((entry) => entry.key === segment),
      undefined
    );
  if (field?.type === 'group') {
    // The group as a whole (too few items): its first question of the first item.
    const first = field.fields[0]!;
    return [field.key, '0', first.key, ...partsOf(first).slice(0, 1)];
  }
  const parts = field ? partsOf(field) : [];
  if (parts.length === 0 || parts.includes(path[path.length - 1] ?? '')) {
    return path;
  }
  return [...path, PART_OF_CODE[error.code] ?? parts[0]!];
}

function toFieldErrors(
  definition: FormDefinition,
  errors: readonly ValidationError[]
): FieldError[] {
  return errors.map((error) => ({
    id: inputId(errorTarget(definition, error)),
    path: error.path.join('.'),
    message: error.message,
  }));
}

function pageOfPath(pages: readonly FormPage[], path: string): number {
  const key = path.split('.')[0];
  return pages.findIndex((page) => page.fields.some((field) => field.key === key));
}

/**
 * Runs one step of the flow.
 * @param event the portal request
 * @param locale the locale of the page being rendered
 * @param slug the form's slug
 * @param postedEntries the posted entries, or `null` for a first visit
 * @param files the files chosen on the page, passed on to the CMS at once
 * @returns the page to render
 */
export async function runFormFlow(
  event: H3Event,
  locale: LocaleCode,
  slug: string,
  postedEntries: Entries | null,
  files: readonly PostedFile[] = []
): Promise<FormPageView> {
  const flow = new Map(postedEntries ?? []);
  const field = (name: string) => flow.get(name) ?? '';
  // A draft preview from the admin: the token comes with the link, then with every post.
  const previewQuery = getQuery(event).vorschau;
  const preview =
    (postedEntries
      ? field(FLOW_FIELDS.preview)
      : typeof previewQuery === 'string'
        ? previewQuery
        : ''
    ).slice(0, 2000) || null;
  const form = await fetchForm(event, slug, locale, preview);
  if (!form) {
    throw createError({ statusCode: 404, statusMessage: 'Form not found' });
  }
  const { snapshot } = form;
  const { definition } = snapshot;
  const tokens: FormTokens = postedEntries
    ? {
        version: Number(field(FLOW_FIELDS.version)) || snapshot.version,
        renderToken: field(FLOW_FIELDS.renderToken).slice(0, 2000) || form.renderToken,
        idempotencyKey: field(FLOW_FIELDS.idempotencyKey).slice(0, 200) || form.idempotencyKey,
      }
    : {
        version: snapshot.version,
        renderToken: form.renderToken,
        idempotencyKey: form.idempotencyKey,
      };

  const action = field(FLOW_FIELDS.action);
  // Chosen files go to the CMS now; from here on only their tokens travel.
  const forwarded = await forwardFiles(
    event,
    { slug, definition, renderToken: tokens.renderToken, locale },
    files
  );
  const removedFile = /^removeFile:([A-Za-z0-9]+):(.+)$/.exec(action);
  const entries: Entries | null = postedEntries
    ? [...postedEntries, ...forwarded.entries].filter(
        ([name, value]) => !(removedFile && name === removedFile[1] && value === removedFile[2])
      )
    : null;
  // A first visit may bring choices from its link (`?thema=…`, see prefill.ts).
  const posted = parsePost(
    snapshot,
    normalizeDigits(definition, entries ?? prefillEntries(definition, getQuery(event)))
  );
  const postedTokens = new Set(
    Object.values(posted).flatMap((value) => (Array.isArray(value) ? value : []))
  );
  const uploaded = Object.fromEntries(
    Object.entries(filesOfEntries(entries ?? [])).filter(([token]) => postedTokens.has(token))
  );
  const itemCounts: Record<string, number> = {};
  for (const group of definition.steps.flatMap((step) => step.fields)) {
    if (group.type === 'group') {
      const count = Number.parseInt(field(`${FLOW_FIELDS.itemsPrefix}.${group.key}`), 10);
      itemCounts[group.key] = adjustItems(
        group,
        posted,
        Number.isInteger(count) ? count : 0,
        action
      );
    }
  }
  const answers = withoutEmptyItems(definition, pruneHidden(definition, posted));
  const pages = formPages(definition, posted);
  const options = {
    locale,
    today: cityToday(),
    directoryOptions: Object.entries(form.directoryOptions).map(([key, list]) => ({
      field: key,
      options: list,
    })),
  };
  let returnToReview = field(FLOW_FIELDS.returnToReview) === '1';
  const view = (stage: FormStage, errors: FieldError[] = [], notice: string | null = null) =>
    ({
      locale,
      snapshot,
      state: form.state,
      available: isAvailableIn(snapshot, locale),
      directoryOptions: form.directoryOptions,
      tokens,
      stage,
      answers: posted,
      files: uploaded,
      itemCounts,
      errors,
      notice,
      returnToReview: stage.kind === 'page' && returnToReview,
      preview: preview ? { token: preview, sendRefused: false } : null,
    }) satisfies FormPageView;
  const pageStage = (index: number): FormStage => ({
    kind: 'page',
    key: pages[index]!.key,
    index,
    count: pages.length,
  });
  /** The errors of one page: those of its step, for its fields. */
  const pageErrors = (page: FormPage): FieldError[] => {
    const result = validateAnswers(snapshot, answers, { ...options, stepKey: page.step.key });
    if (result.ok) {
      return [];
    }
    const keys = new Set(page.fields.map((entry) => entry.key));
    return toFieldErrors(
      definition,
      result.errors.filter((error) => keys.has(String(error.path[0])))
    );
  };

  if (!entries || pages.length === 0) {
    return view(pageStage(0));
  }
  const current = field(FLOW_FIELDS.page);
  const index = pages.findIndex((page) => page.key === current);
  const onReview = current === REVIEW_PAGE || index === -1;
  const here = () => (onReview ? view({ kind: 'review' }) : view(pageStage(index)));
  if (forwarded.errors.length > 0) {
    // A refused file: its page again, with the message at its question.
    const target = pageOfPath(pages, String(forwarded.errors[0]!.path[0]));
    return view(pageStage(target === -1 ? Math.max(index, 0) : target), [
      ...toFieldErrors(definition, forwarded.errors),
    ]);
  }

  const change = /^change:(.+)$/.exec(action);
  if (change) {
    returnToReview = true;
    return view(
      pageStage(
        Math.max(
          pages.findIndex((page) => page.key === change[1]),
          0
        )
      )
    );
  }
  if (action === 'back') {
    return view(pageStage(onReview ? pages.length - 1 : Math.max(index - 1, 0)));
  }
  if (action === 'next' && !onReview) {
    // A question this answer has just revealed on the same page is shown, not refused unseen.
    const seen = new Set(field(FLOW_FIELDS.shownFields).split(','));
    const revealed = pages[index]!.fields.some((entry) => !seen.has(entry.key));
    const errors = pageErrors(pages[index]!).filter((error) =>
      seen.has(error.path.split('.')[0] ?? '')
    );
    if (errors.length > 0 || revealed) {
      return view(pageStage(index), errors);
    }
    return index + 1 < pages.length && !returnToReview
      ? view(pageStage(index + 1))
      : view({ kind: 'review' });
  }
  if (action !== 'send') {
    // A language switch, "add another", "remove": the same page, nothing checked.
    return here();
  }
  if (preview) {
    // A preview shows every step and the review; it never sends.
    return { ...view({ kind: 'review' }), preview: { token: preview, sendRefused: true } };
  }

  // Sending: the whole form once more here, then the CMS decides.
  const checked = validateAnswers(snapshot, answers, options);
  const refusals = checked.ok ? [] : toFieldErrors(definition, checked.errors);
  if (refusals.length === 0) {
    const reply = await postToCms<SubmissionReply>(event, `${slug}/submissions`, {
      version: tokens.version,
      locale,
      answers: checked.ok ? checked.answers : answers,
      renderToken: tokens.renderToken,
      idempotencyKey: tokens.idempotencyKey,
      website: field(FLOW_FIELDS.honeypot),
    });
    if (reply.ok) {
      return view({
        kind: 'sent',
        reference: reply.value.reference ?? null,
        code: reply.value.code ?? null,
        receipt: reply.value.receipt ?? null,
      });
    }
    if (reply.refusal.code !== 'VALIDATION' || reply.refusal.errors.length === 0) {
      return view({ kind: 'review' }, [], reply.refusal.message || null);
    }
    refusals.push(
      ...toFieldErrors(
        definition,
        reply.refusal.errors.map((error) => ({
          ...error,
          code: error.code as ValidationError['code'],
        }))
      )
    );
  }
  const interpreter = refusals.find((error) => error.path === INTERPRETER_KEY);
  if (interpreter) {
    return view({ kind: 'review' }, [interpreter]);
  }
  const target = Math.max(pageOfPath(pages, refusals[0]!.path), 0);
  return view(
    pageStage(target),
    refusals.filter((error) => pageOfPath(pages, error.path) === target)
  );
}
