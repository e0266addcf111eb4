import { Layouts, Page } from '@strapi/strapi/admin';
import { useSearchParams } from 'react-router-dom';
import type { AccessLogPage as LogPage } from '../../../server/src/forms/inbox/types';
import { DataTable } from './DataTable';
import { germanTime } from './dates';
import { NotReady } from './NotReady';
import { PageButtons } from './PageButtons';
import { useInboxData } from './use-inbox-data';
import { useInboxText } from './use-text';

/** The access log for administrators: who opened or exported what, and when; never content. */
export const AccessLogPage = () => {
  const t = useInboxText();
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? '1') || 1;
  const state = useInboxData<LogPage>(`/teilhabe/inbox/access-log?page=${page}`);
  const { data } = state;
  if (!data) {
    return <NotReady state={state} />;
  }
  return (
    <Page.Main>
      <Page.Title>{t('log.title')}</Page.Title>
      <Layouts.Header title={t('log.title')} subtitle={t('log.subtitle')} />
      <Layouts.Content>
        <DataTable
          headings={[t('log.at'), t('log.user'), t('log.action'), t('log.form'), t('log.what')]}
          empty={t('log.empty')}
          rows={data.items.map((entry, index) => ({
            key: `${entry.at}-${index}`,
            cells: [
              germanTime(entry.at),
              entry.user,
              t(`log.${entry.action}`),
              entry.form,
              entry.reference ?? t('list.count', { count: entry.count }),
            ],
          }))}
        />
        <PageButtons
          page={page}
          pageCount={data.pageCount}
          onPage={(next) => setParams({ page: String(next) })}
        />
      </Layouts.Content>
    </Page.Main>
  );
};
