import { Alert, Box, Flex, Grid, Typography } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { InboxSubmission } from '../../../server/src/forms/inbox/types';
import { AnswerList } from './AnswerList';
import { CommentPublish } from './CommentPublish';
import { germanDay } from './dates';
import { FileList } from './FileList';
import { HistoryList } from './HistoryList';
import { localeLabel } from './locale-label';
import { NotesPanel } from './NotesPanel';
import { INBOX_ROUTE } from './permissions';
import { StatusChange } from './StatusChange';
import { Panel } from './Panel';
import { NotReady } from './NotReady';
import { useInboxData } from './use-inbox-data';
import { useInboxText } from './use-text';

/**
 * One submission: the answers in German, its files, the history the
 * resident sees, the status change, publishing feedback as a comment, and
 * the internal notes. Opening it (and downloading a file) is logged.
 */
export const SubmissionPage = () => {
  const t = useInboxText();
  const { formId = '', id = '' } = useParams();
  const [params] = useSearchParams();
  const state = useInboxData<InboxSubmission>(
    `/teilhabe/inbox/submissions/${encodeURIComponent(id)}`
  );
  const { data } = state;
  const { reload } = state;
  if (!data) {
    return <NotReady state={state} />;
  }
  const status = data.statuses.find((entry) => entry.code === data.status);
  return (
    <Page.Main>
      <Page.Title>{`${data.reference} – ${data.form.title}`}</Page.Title>
      <Layouts.Header
        navigationAction={<Link to={`${INBOX_ROUTE}/${formId}?${params}`}>← {t('back.list')}</Link>}
        title={data.reference}
        subtitle={`${data.form.title} · ${t('list.submitted')} ${germanDay(data.submittedOn)} · ${localeLabel(data.locale)} · ${status?.label ?? data.status}`}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {data.anonymous ? (
            <Alert variant="default" closeLabel={t('cancel')} title="">
              {t('detail.anonymous')}
            </Alert>
          ) : null}
          <Grid.Root gap={4}>
            <Grid.Item col={7} s={12} direction="column" alignItems="stretch">
              <Panel title={t('detail.answers')}>
                <AnswerList answers={data.answers} />
                <Box paddingTop={4}>
                  <Typography variant="pi" textColor="neutral600">
                    {t('detail.logged')}
                  </Typography>
                </Box>
              </Panel>
              {data.files.length > 0 ? (
                <Box paddingTop={4}>
                  <Panel title={t('detail.files')}>
                    <FileList files={data.files} />
                  </Panel>
                </Box>
              ) : null}
            </Grid.Item>
            <Grid.Item col={5} s={12} direction="column" alignItems="stretch" gap={4}>
              <Panel title={t('detail.status-change')}>
                <StatusChange submission={data} onChanged={reload} />
              </Panel>
              <Panel title={t('detail.history')}>
                <HistoryList history={data.history} />
              </Panel>
              {data.comment ? (
                <Panel title={t('comment.title')}>
                  <CommentPublish submission={data} draft={data.comment} onPublished={reload} />
                </Panel>
              ) : null}
              <Panel title={t('detail.notes')}>
                <NotesPanel submissionId={data.id} notes={data.notes} onAdded={reload} />
              </Panel>
            </Grid.Item>
          </Grid.Root>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
