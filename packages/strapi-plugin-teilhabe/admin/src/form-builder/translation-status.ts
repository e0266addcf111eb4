import type { FormLocale } from '@teilhabe/forms';
import type { DraftDefinition, DraftField, DraftText } from './draft';

const fieldTexts = (field: DraftField): DraftText[] => {
  const texts: Array<DraftText | undefined> = [field.label, field.hint];
  switch (field.type) {
    case 'shortText':
      texts.push(field.patternMessage);
      break;
    case 'singleChoice':
    case 'multipleChoice':
      texts.push(...(field.options ?? []).map((option) => option.label));
      break;
    case 'info':
      texts.push(field.body);
      break;
    case 'group':
      texts.push(field.itemLabel, ...field.fields.flatMap(fieldTexts));
      break;
    default:
      break;
  }
  return texts.filter((text): text is DraftText => text !== undefined);
};

/**
 * Every text a resident reads in a definition: step titles, labels, hints,
 * pattern messages, options, info texts, item labels, status labels and
 * messages.
 * @param draft the definition being built
 */
export const residentTexts = (draft: DraftDefinition): DraftText[] => [
  ...draft.steps.flatMap((step) => [step.title, ...step.fields.flatMap(fieldTexts)]),
  ...draft.statuses.flatMap((status) => [status.label, status.message]),
];

/**
 * How many texts still lack a locale; the form is offered in a locale only at zero.
 * @param draft the definition being built
 * @param locale the locale to count for
 */
export const missingTranslations = (draft: DraftDefinition, locale: FormLocale): number =>
  residentTexts(draft).filter((text) => (text[locale] ?? '').trim() === '').length;
