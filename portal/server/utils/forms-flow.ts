import type { FormDefinition, FormField } from '@teilhabe/forms';
import type { H3Event } from 'h3';
import { cityCalendarDate } from '#shared/format';
import type { Answers } from '#shared/forms/conditions';
import { formPages, pruneHiddenAnswers, type FormPage } from '#shared/forms/pages';
import {
  FIELD_PARTS,
  answersFromPost,
  collectPostValues,
  itemCount,
  itemCountName,
  postName,
  type PostValues,
} from '#shared/forms/post-entries';
import { isTranslatedIn } from '#shared/forms/translation';
import { validatePageFields, type FieldError } from '#shared/forms/validate';
import type { FormPageView, FormStage, FormTokens } from '#shared/forms/view';
import type { LocaleCode } from '#shared/locales';

/**
 * One step of filling in a form, the same for a plain HTML post and for the
 * JavaScript client: read the posted answers, act on the pressed button
 * (`_action`), validate, send to the CMS when asked, and describe the page to
 * show next. Nothing is kept on the server between steps.
 */

/** The flow's own inputs, next to the answers (`a.…`). */
export const FLOW_FIELDS = {
  page: '_page',
  action: '_action',
  version: '_version',
  renderToken: '_renderToken',
  idempotencyKey: '_idempotencyKey',
  returnToReview: '_return',
  honeypot: 'website',
} as const;

/** The `_page` value of the check-your-answers step. */
export const REVIEW_PAGE = '_review';

/** The reserved answer key of the interpreter question (`docs/forms.md`). */
export const INTERPRETER_KEY = '_interpreter';

type Entries = ReadonlyArray<readonly [string, string]>;

interface SubmissionReply {
  reference?: string;
  code?: string;
  receipt?: string;
}

function groups(definition: FormDefinition) {
  return definition.steps
    .flatMap((step) => step.fields)
    .filter((field): field is Extract<FormField, { type: 'group' }> => field.type === 'group');
}

/** Removes item `index` of a group and moves the later items up. */
function removeItem(values: PostValues, groupKey: string, index: number): PostValues {
  const prefix = postName(groupKey, '');
  const result: PostValues = {};
  for (const [name, list] of Object.entries(values)) {
    if (!name.startsWith(prefix)) {
      result[name] = list;
      continue;
    }
    const [item, ...rest] = name.slice(prefix.length).split('.');
    const position = Number(item);
    if (position === index) {
      continue;
    }
    result[postName(groupKey, position > index ? position - 1 : position, ...rest)] = list;
  }
  return result;
}

/** The first input of a field, to link an error about the whole field to. */
function firstInputName(definition: FormDefinition, path: Array<string | number>): string {
  const [key] = path;
  const field = definition.steps.flatMap((step) => step.fields).find((entry) => entry.key === key);
  const leaf =
    field?.type === 'group' && typeof path[2] === 'string'
      ? field.fields.find((entry) => entry.key === path[2])
      : field;
  const parts = leaf && leaf.type in FIELD_PARTS ? FIELD_PARTS[leaf.type as 'name'] : null;
  const last = path[path.length - 1];
  return parts && !parts.includes(last as never) ? postName(...path, parts[0]) : postName(...path);
}

function pageOf(pages: readonly FormPage[], name: string): number {
  const key = name.slice(2).split('.')[0];
  return pages.findIndex((page) => page.fields.some((field) => field.key === key));
}

/** Answers as the CMS takes them: empty items of repeated groups dropped. */
function submittedAnswers(answers: Answers): Answers {
  return Object.fromEntries(
    Object.entries(answers).flatMap(([key, value]) => {
      if (!Array.isArray(value) || !value.some((item) => typeof item === 'object')) {
        return [[key, value]];
      }
      const items = value.filter((item) => Object.keys(item as object).length > 0);
      return items.length > 0 ? [[key, items]] : [];
    })
  );
}

/**
 * Runs one step of the flow.
 * @param event the portal request
 * @param locale the locale of the page being rendered
 * @param slug the form's slug
 * @param entries the posted entries, or `null` for a first visit
 * @returns the page to render
 */
export async function runFormFlow(
  event: H3Event,
  locale: LocaleCode,
  slug: string,
  entries: Entries | null
): Promise<FormPageView> {
  const form = await fetchForm(event, slug);
  if (!form) {
    throw createError({ statusCode: 404, statusMessage: 'Form not found' });
  }
  const { snapshot } = form;
  const { definition } = snapshot;
  const posted = new Map(entries ?? []);
  const field = (name: string) => posted.get(name) ?? '';
  const tokens: FormTokens = entries
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

  let values = collectPostValues(entries ?? []);
  const itemCounts: Record<string, number> = {};
  const counts = new Map<string, string>();
  const action = field(FLOW_FIELDS.action);
  for (const group of groups(definition)) {
    let count = itemCount(posted, group);
    if (action === `add:${group.key}`) {
      count = Math.min(count + 1, group.maxItems);
    }
    const removed = /^remove:([a-zA-Z0-9]+):(\d+)$/.exec(action);
    if (removed?.[1] === group.key && count > 1) {
      values = removeItem(values, group.key, Number(removed[2]));
      count -= 1;
    }
    itemCounts[group.key] = count;
    counts.set(itemCountName(group.key), String(count));
  }

  const parsed = answersFromPost(definition, values, counts);
  const answers = pruneHiddenAnswers(definition, parsed);
  const interpreter = (values[postName(INTERPRETER_KEY)]?.[0] ?? '').trim().slice(0, 60);
  if (definition.askForInterpreter && interpreter) {
    answers[INTERPRETER_KEY] = interpreter;
  }
  const pages = formPages(definition, answers);
  const today = cityCalendarDate(new Date());
  const view = (stage: FormStage, errors: FieldError[] = [], notice: string | null = null) =>
    ({
      locale,
      snapshot,
      state: form.state,
      available: isTranslatedIn(snapshot, locale),
      directoryOptions: form.directoryOptions,
      tokens,
      stage,
      values,
      answers,
      itemCounts,
      errors,
      notice,
      returnToReview: stage.kind === 'page' && field(FLOW_FIELDS.returnToReview) === '1',
    }) satisfies FormPageView;
  const pageStage = (index: number): FormStage => ({
    kind: 'page',
    key: pages[index]!.key,
    index,
    count: pages.length,
  });

  if (!entries) {
    return view(pageStage(0));
  }
  const current = field(FLOW_FIELDS.page);
  const index = pages.findIndex((page) => page.key === current);
  const onReview = current === REVIEW_PAGE || index === -1;

  const change = /^change:(.+)$/.exec(action);
  if (change) {
    const target = pages.findIndex((page) => page.key === change[1]);
    posted.set(FLOW_FIELDS.returnToReview, '1');
    return view(pageStage(Math.max(target, 0)));
  }
  if (action === 'back') {
    return onReview ? view(pageStage(pages.length - 1)) : view(pageStage(Math.max(index - 1, 0)));
  }
  if (action.startsWith('add:') || action.startsWith('remove:') || action === 'stay') {
    return onReview ? view({ kind: 'review' }) : view(pageStage(index));
  }
  if (action === 'next' && !onReview) {
    const errors = validatePageFields(pages[index]!.fields, answers, today);
    if (errors.length > 0) {
      return view(pageStage(index), errors);
    }
    const returning = field(FLOW_FIELDS.returnToReview) === '1';
    return index + 1 < pages.length && !returning
      ? view(pageStage(index + 1))
      : view({ kind: 'review' });
  }
  if (action !== 'send') {
    return onReview ? view({ kind: 'review' }) : view(pageStage(index));
  }

  // Sending: check every page once more, then let the CMS decide.
  const allErrors = validatePageFields(
    pages.flatMap((page) => page.fields),
    answers,
    today
  );
  if (allErrors.length > 0) {
    const target = Math.max(pageOf(pages, allErrors[0]!.name), 0);
    const errors = allErrors.filter((error) => pageOf(pages, error.name) === target);
    return view(pageStage(target), errors);
  }
  const reply = await postToCms<SubmissionReply>(event, `${encodeURIComponent(slug)}/submissions`, {
    version: tokens.version,
    locale,
    answers: submittedAnswers(answers),
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
  const { refusal } = reply;
  if (refusal.code === 'VALIDATION' && refusal.errors.length > 0) {
    const errors: FieldError[] = refusal.errors.map((error) => ({
      name: firstInputName(definition, error.path),
      code: 'cms',
      params: { message: error.message },
      field: error.path.filter((part) => typeof part === 'string').join('.'),
    }));
    const target = Math.max(pageOf(pages, errors[0]!.name), 0);
    return view(
      pageStage(target),
      errors.filter((error) => pageOf(pages, error.name) === target)
    );
  }
  return view({ kind: 'review' }, [], refusal.message || null);
}
