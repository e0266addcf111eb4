import { Link } from '@strapi/design-system';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { DEFAULT_LOCALE } from '@teilhabe/locales';
import { messageId } from '../plugin-id';

interface EditField {
  name: string;
  attribute?: { type?: string; pluginOptions?: { i18n?: { localized?: boolean } } };
  disabled?: boolean;
  hint?: ReactNode;
}

interface EditLayout {
  layout: EditField[][][];
  options?: { i18n?: { localized?: boolean } };
}

const LOCALE_PARAM = 'plugins[i18n][locale]';

/** The locale of the document being edited, from the URL (the i18n hook drops `query`). */
const editedLocale = (search: string): string | null =>
  new URLSearchParams(search).get(LOCALE_PARAM);

const isPluginType = (pathname: string): boolean => pathname.includes('/plugin::teilhabe.');

/** The same edit view in German. */
const germanVersionUrl = (location: Location): string => {
  const params = new URLSearchParams(location.search);
  params.set(LOCALE_PARAM, DEFAULT_LOCALE);
  return `${location.pathname}?${params.toString()}`;
};

const EditedInGerman = ({ href }: { href: string }) => {
  const { formatMessage } = useIntl();
  return (
    <>
      {formatMessage({
        id: messageId('structure.edited-in-german'),
        defaultMessage: 'Gilt für alle Sprachen und wird in der deutschen Fassung bearbeitet.',
      })}{' '}
      <Link href={href}>
        {formatMessage({
          id: messageId('structure.open-german'),
          defaultMessage: 'Deutsche Fassung öffnen',
        })}
      </Link>
    </>
  );
};

const isShared = (field: EditField): boolean =>
  field.attribute?.pluginOptions?.i18n?.localized !== true;

/**
 * `Admin/CM/pages/EditView/mutate-edit-view-layout`: on a non-German version
 * of one of the plugin's localized types, every field that is not translated
 * (relations, codes, dates, flags) is read-only with a note and a link to the
 * German version, where it is edited. The plugin reads shared structure from
 * the German version only, so a value entered elsewhere would be ignored.
 * @param args the waterfall's value: the edit layout
 */
export const lockSharedStructure = <T extends { layout: EditLayout }>(args: T): T => {
  const { location } = window;
  const locale = editedLocale(location.search);
  const { layout } = args;
  if (
    !isPluginType(location.pathname) ||
    !layout.options?.i18n?.localized ||
    !locale ||
    locale === DEFAULT_LOCALE
  ) {
    return args;
  }
  const hint = <EditedInGerman href={germanVersionUrl(location)} />;
  const lock = (field: EditField): EditField =>
    isShared(field) ? { ...field, disabled: true, hint } : field;
  return {
    ...args,
    layout: {
      ...layout,
      layout: layout.layout.map((panel) => panel.map((row) => row.map(lock))),
    },
  };
};
