import { useIntl } from 'react-intl';
import { FORM_BUILDER_MESSAGES, type BuilderMessageKey } from '../translations/form-builder';
import { messageId } from '../plugin-id';

export type Translate = (
  key: BuilderMessageKey,
  values?: Record<string, string | number>
) => string;

/** The builder's texts in the admin's language, German when a text is missing. */
export const useText = (): Translate => {
  const { formatMessage } = useIntl();
  return (key, values) =>
    formatMessage(
      { id: messageId(`form-builder.${key}`), defaultMessage: FORM_BUILDER_MESSAGES.de[key] },
      values
    );
};
