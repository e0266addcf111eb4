import type { FormField, GroupItemField } from '@teilhabe/forms';
import { formatCalendarDate, formatNumber } from '#shared/format';
import { latinDigits, postName, type PostValues } from '#shared/forms/post-entries';
import type { DirectoryChoiceView } from '#shared/forms/view';
import type { LocalizedTextView } from '#shared/types/view-models';

/** What the review and the receipt need to write an answer out. */
export interface AnswerContext {
  values: PostValues;
  language: string;
  text: (value: FormField['label']) => LocalizedTextView;
  t: (key: string) => string;
  directoryOptions: DirectoryChoiceView[];
}

/**
 * An answer as the resident reads it on the review and the receipt: option
 * labels instead of values, dates and numbers in the resident's locale.
 * @param field the question
 * @param path its key path
 * @param context posted values, language and texts
 * @returns the lines of the answer; empty when not answered
 */
export function answerLines(
  field: FormField | GroupItemField,
  path: Array<string | number>,
  context: AnswerContext
): string[] {
  const name = postName(...path);
  const first = (suffix?: string) =>
    (context.values[suffix ? `${name}.${suffix}` : name]?.[0] ?? '').trim();
  const optionLabel = (value: string) => {
    if ('optionsFromDirectory' in field && field.optionsFromDirectory) {
      return context.directoryOptions.find((option) => option.value === value)?.label ?? value;
    }
    const option = 'options' in field ? field.options.find((entry) => entry.value === value) : null;
    return option ? context.text(option.label).text : value;
  };
  switch (field.type) {
    case 'singleChoice':
      return first() ? [optionLabel(first())] : [];
    case 'multipleChoice':
      return (context.values[name] ?? []).filter(Boolean).map(optionLabel);
    case 'yesNo':
      return first() ? [context.t(`forms.field.${first() === 'yes' ? 'yes' : 'no'}`)] : [];
    case 'consent':
      return first() === 'yes' ? [context.t('forms.field.consentGiven')] : [];
    case 'number': {
      const value = Number(latinDigits(first()).replace(',', '.'));
      return first()
        ? [Number.isFinite(value) ? formatNumber(value, context.language) : first()]
        : [];
    }
    case 'date': {
      const [day, month, year] = ['day', 'month', 'year'].map((part) => latinDigits(first(part)));
      if (!day && !month && !year) {
        return [];
      }
      const iso = `${year?.padStart(4, '0')}-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}`;
      return [formatCalendarDate(iso, context.language) ?? `${day}.${month}.${year}`];
    }
    case 'name':
      return [[first('given'), first('family')].filter(Boolean).join(' ')].filter(Boolean);
    case 'address': {
      const street = [first('street'), first('houseNumber')].filter(Boolean).join(' ');
      const town = [first('postalCode'), first('city')].filter(Boolean).join(' ');
      return [street, town].filter(Boolean);
    }
    case 'heading':
    case 'info':
    case 'file':
    case 'group':
      return [];
    default:
      return first() ? [first()] : [];
  }
}
