import {
  Box,
  Button,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Typography,
} from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { InboxPage } from '../../../server/src/forms/inbox/types';
import { DataTable } from './DataTable';
import { germanDay } from './dates';
import { ExportButton } from './ExportButton';
import { localeLabel } from './locale-label';
import { INBOX_ROUTE } from './permissions';
import { PageButtons } from './PageButtons';
import { NotReady } from './NotReady';
import { useInboxData } from './use-inbox-data';
import { useInboxText } from './use-text';

/**
 * One form's submissions, newest first: filtered by status, searched by
 * reference, 25 per page; no answers here. Filters live in the address so
 * that "back" from a submission returns to the same list.
 */
export const SubmissionsPage = () => {
  const t = useInboxText();
  const { formId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const q = params.get('q') ?? '';
  const page = Number(params.get('page') ?? '1') || 1;
  const [search, setSearch] = useState(q);
  const query = new URLSearchParams({
    ...(status ? { status } : {}),
    ...(q ? { q } : {}),
    page: String(page),
  });
  const state = useInboxData<InboxPage>(
    `/teilhabe/inbox/forms/${encodeURIComponent(formId)}/submissions?${query}`
  );
  const { data } = state;
  const go = (next: Record<string, string>) => {
    const merged = { status, q, page: '1', ...next };
    setParams(Object.fromEntries(Object.entries(merged).filter(([, value]) => value)));
  };
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    go({ q: search.trim() });
  };
  if (!data) {
    return <NotReady state={state} />;
  }
  const labels = new Map(data.statuses.map((entry) => [entry.code, entry.label]));
  return (
    <Page.Main>
      <Page.Title>{`${data.form.title} – ${t('title')}`}</Page.Title>
      <Layouts.Header
        navigationAction={<Link to={INBOX_ROUTE}>← {t('back.forms')}</Link>}
        title={data.form.title}
        subtitle={t('list.count', { count: data.total })}
        primaryAction={<ExportButton formId={formId} status={status} slug={data.form.slug} />}
      />
      <Layouts.Content>
        <Flex gap={4} alignItems="flex-end" paddingBottom={4} wrap="wrap">
          <Box minWidth="16rem">
            <Field.Root name="status">
              <Field.Label>{t('list.status')}</Field.Label>
              <SingleSelect
                value={status}
                onChange={(value: string | number) => go({ status: String(value) })}
              >
                <SingleSelectOption value="">{t('list.all-statuses')}</SingleSelectOption>
                {data.statuses.map((entry) => (
                  <SingleSelectOption key={entry.code} value={entry.code}>
                    {entry.label}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          </Box>
          <form onSubmit={onSearch} role="search">
            <Flex gap={2} alignItems="flex-end">
              <Field.Root name="q">
                <Field.Label>{t('list.search')}</Field.Label>
                <TextInput
                  value={search}
                  onChange={(event: { target: { value: string } }) => setSearch(event.target.value)}
                  autoComplete="off"
                />
              </Field.Root>
              <Button type="submit" variant="secondary">
                {t('list.search')}
              </Button>
            </Flex>
          </form>
        </Flex>
        <DataTable
          headings={[
            t('list.reference'),
            t('list.submitted'),
            t('list.status'),
            t('list.language'),
            t('list.delete-after'),
          ]}
          empty={t('list.empty')}
          rows={data.items.map((item) => ({
            key: item.id,
            cells: [
              <Link key="reference" to={`${INBOX_ROUTE}/${formId}/${item.id}?${params}`}>
                <Typography fontWeight="bold" textColor="primary600">
                  {item.reference}
                </Typography>
              </Link>,
              germanDay(item.submittedOn),
              labels.get(item.status) ?? item.status,
              localeLabel(item.locale),
              item.deleteAfter ? germanDay(item.deleteAfter) : t('list.not-scheduled'),
            ],
          }))}
        />
        <PageButtons
          page={page}
          pageCount={data.pageCount}
          onPage={(next) => go({ page: String(next) })}
        />
      </Layouts.Content>
    </Page.Main>
  );
};
