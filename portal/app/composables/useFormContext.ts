import type { FormField } from '@teilhabe/forms';
import type { InjectionKey } from 'vue';
import type { UploadedFileView } from '#shared/forms/files';
import type { DirectoryChoiceView } from '#shared/forms/view';
import type { LocaleCode } from '@teilhabe/locales';
import type { LocalizedTextView } from '#shared/types/view-models';

/** What every question of a form page needs besides its own definition. */
export interface FormContext {
  /** The page's locale. */
  locale: LocaleCode;
  /** The posted answers, as typed. */
  answers: Record<string, unknown>;
  /** The files stored for file questions, by token. */
  files: Record<string, UploadedFileView>;
  /** Error messages by input id. */
  errors: Record<string, string>;
  /** The options of directory-backed choice fields, by field key. */
  directoryOptions: Record<string, DirectoryChoiceView[]>;
  /** Items shown per repeated group. */
  itemCounts: Record<string, number>;
  anonymous: boolean;
  text: (value: FormField['label']) => LocalizedTextView;
}

const FORM_CONTEXT: InjectionKey<Ref<FormContext>> = Symbol('teilhabe:form-context');

/**
 * Hands the page's answers, errors and texts to the questions below it.
 * @param context the form page's current context
 */
export function provideFormContext(context: Ref<FormContext>): void {
  provide(FORM_CONTEXT, context);
}

/**
 * @returns the context of the form page a question stands on
 */
export function useFormContext(): Ref<FormContext> {
  const context = inject(FORM_CONTEXT);
  if (!context) {
    throw new Error('A form question outside a form page');
  }
  return context;
}
