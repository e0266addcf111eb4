import { useIntl } from 'react-intl';
import { messageId } from '../plugin-id';
import { FIELD_MESSAGES, type FieldMessageKey } from '../translations/field-messages';

/**
 * The custom fields' texts in the admin's language, German where the admin
 * has none loaded.
 * @returns `text(key, values)` and the admin's locale
 */
export const useFieldText = () => {
  const { formatMessage, locale } = useIntl();
  const text = (key: FieldMessageKey, values?: Record<string, string | number>): string =>
    formatMessage({ id: messageId(key), defaultMessage: FIELD_MESSAGES.de[key] }, values);
  return { text, locale };
};
