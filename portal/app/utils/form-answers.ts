import { fileSizeText, type FormField, type GroupItemField } from '@teilhabe/forms';
import type { UploadedFileView } from '#shared/forms/files';
import { formatCalendarDate, formatNumber } from '#shared/format';
import { answerAt, chosenValues, shownValue, type InputPath } from '#shared/forms/inputs';
import type { DirectoryChoiceView } from '#shared/forms/view';
import type { LocalizedTextView } from '#shared/types/view-models';

/** What the review and the receipt need to write an answer out. */
export interface AnswerContext {
  answers: Record<string, unknown>;
  /** The stored files of file questions, by token. */
  files: Record<string, UploadedFileView>;
  language: string;
  text: (value: FormField['label']) => LocalizedTextView;
  t: (key: string) => string;
  directoryOptions: DirectoryChoiceView[];
}

/**
 * An answer as the resident reads it on the review and the receipt: option
 * labels instead of values, dates and numbers in the resident's locale,
 * files by name and size.
 * @param field the question
 * @param path its key path
 * @param context posted answers, language and texts
 * @returns the lines of the answer; empty when not answered
 */
export function answerLines(
  field: FormField | GroupItemField,
  path: InputPath,
  context: AnswerContext
): string[] {
  const value = answerAt(context.answers, path);
  const part = (name: string) => shownValue(context.answers, path, name).trim();
  const optionLabel = (choice: string) => {
    if ('optionsFromDirectory' in field && field.optionsFromDirectory) {
      return (
        context.directoryOptions.find((option) => option.value === choice)?.label.text ?? choice
      );
    }
    const option =
      'options' in field ? field.options.find((entry) => entry.value === choice) : null;
    return option ? context.text(option.label).text : choice;
  };
  if (value === undefined || value === '' || field.type === 'group') {
    return [];
  }
  switch (field.type) {
    case 'singleChoice':
    case 'multipleChoice':
      return chosenValues(context.answers, path).map(optionLabel);
    case 'yesNo':
      return [context.t(value === true ? 'forms.field.yes' : 'forms.field.no')];
    case 'consent':
      return value === true ? [context.t('forms.field.consentGiven')] : [];
    case 'number':
      return [typeof value === 'number' ? formatNumber(value, context.language) : String(value)];
    case 'date':
      return [formatCalendarDate(String(value), context.language) ?? String(value)];
    case 'name':
      return [[part('given'), part('family')].filter(Boolean).join(' ')].filter(Boolean);
    case 'address':
      return [
        [part('street'), part('houseNumber')].filter(Boolean).join(' '),
        [part('postalCode'), part('city')].filter(Boolean).join(' '),
      ].filter(Boolean);
    case 'file':
      // Each file by its name and size, as the CMS kept them.
      return chosenValues(context.answers, path).map((token) => {
        const file = context.files[token];
        const name = file?.name || context.t('forms.field.fileUnnamed');
        return file ? `${name} (${fileSizeText(file.size, context.language)})` : name;
      });
    case 'heading':
    case 'info':
      return [];
    default:
      return [String(value)];
  }
}
