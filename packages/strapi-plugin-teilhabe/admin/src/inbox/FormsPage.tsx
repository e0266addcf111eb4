import { Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import type { InboxForm } from '../../../server/src/forms/inbox/types';
import { DataTable } from './DataTable';
import { NotReady } from './NotReady';
import { INBOX_ROUTE } from './permissions';
import { useInboxData } from './use-inbox-data';
import { useInboxText } from './use-text';

/** The forms assigned to the signed-in caseworker, with their submissions per status. */
export const FormsPage = () => {
  const t = useInboxText();
  const state = useInboxData<InboxForm[]>('/teilhabe/inbox/forms');
  const { data } = state;
  if (!data) {
    return <NotReady state={state} />;
  }
  return (
    <Page.Main>
      <Page.Title>{t('title')}</Page.Title>
      <Layouts.Header title={t('title')} subtitle={t('subtitle')} />
      <Layouts.Content>
        <DataTable
          headings={[t('forms.form'), t('forms.total'), t('list.status')]}
          empty={t('forms.empty')}
          rows={data.map((form) => ({
            key: form.documentId,
            cells: [
              <Link key="form" to={`${INBOX_ROUTE}/${form.documentId}`}>
                <Typography fontWeight="bold" textColor="primary600">
                  {form.title}
                </Typography>
              </Link>,
              String(form.total),
              form.statuses
                .filter((status) => form.counts[status.code])
                .map((status) => `${status.label}: ${form.counts[status.code]}`)
                .join(' · '),
            ],
          }))}
        />
      </Layouts.Content>
    </Page.Main>
  );
};
