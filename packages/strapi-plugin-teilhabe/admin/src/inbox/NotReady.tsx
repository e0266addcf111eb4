import { Page } from '@strapi/strapi/admin';
import type { InboxData } from './use-inbox-data';
import { useInboxText } from './use-text';

/** While a page's data loads: the admin's loader; when it failed: the admin's error page. */
export const NotReady = ({ state }: { state: InboxData<unknown> }) => {
  const t = useInboxText();
  return state.error ? <Page.Error content={t('error.load')} /> : <Page.Loading />;
};
