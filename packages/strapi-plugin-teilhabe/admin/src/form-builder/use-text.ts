import { FORM_BUILDER_MESSAGES, type BuilderMessageKey } from '../translations/form-builder';
import { textsOf, type Translate as TranslateOf } from '../translations/use-messages';

export type Translate = TranslateOf<BuilderMessageKey>;

/** The builder's texts in the admin's language, German when a text is missing. */
export const useText: () => Translate = textsOf('form-builder.', FORM_BUILDER_MESSAGES.de);
