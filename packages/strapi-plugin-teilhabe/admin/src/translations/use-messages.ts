import { useIntl } from 'react-intl';
import { messageId } from '../plugin-id';

/** A part's text by key, with ICU values. */
export type Translate<Key extends string> = (
  key: Key,
  values?: Record<string, string | number>
) => string;

/**
 * A hook for the texts of one part of the admin (`teilhabe.<prefix><key>`
 * message ids) in the admin's language, German when a text is missing.
 * @param prefix the part's key prefix, e.g. `inbox.`
 * @param german the part's German texts, the defaults
 */
export const textsOf =
  <Key extends string>(prefix: string, german: Readonly<Record<Key, string>>) =>
  (): Translate<Key> => {
    const { formatMessage } = useIntl();
    return (key, values) =>
      formatMessage({ id: messageId(`${prefix}${key}`), defaultMessage: german[key] }, values);
  };
