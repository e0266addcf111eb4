import {
  Box,
  Button,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Textarea,
  Typography,
} from '@strapi/design-system';
import { useState, type FormEvent } from 'react';
import type { InboxSubmission } from '../../../server/src/forms/inbox/types';
import { localeLabel } from './locale-label';
import { useInboxPost } from './use-inbox-post';
import { useInboxText } from './use-text';

/** The longest free text the server accepts. */
const TEXT_MAX_LENGTH = 2000;

/**
 * Changes the status: the caseworker sees which message the resident will
 * read (in German here; the resident reads it in their language) and may
 * add a free text.
 */
export const StatusChange = ({
  submission,
  onChanged,
}: {
  submission: InboxSubmission;
  onChanged: () => void;
}) => {
  const t = useInboxText();
  const [status, setStatus] = useState(submission.status);
  const [text, setText] = useState('');
  const { send, busy, error } = useInboxPost(
    `/teilhabe/inbox/submissions/${encodeURIComponent(submission.id)}/status`,
    onChanged
  );
  const chosen = submission.statuses.find((entry) => entry.code === status);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (await send({ status, ...(text.trim() ? { text: text.trim() } : {}) })) {
      setText('');
    }
  };
  return (
    <form onSubmit={(event) => void onSubmit(event)}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Field.Root name="status" required>
          <Field.Label>{t('detail.new-status')}</Field.Label>
          <SingleSelect
            value={status}
            onChange={(value: string | number) => setStatus(String(value))}
          >
            {submission.statuses.map((entry) => (
              <SingleSelectOption key={entry.code} value={entry.code}>
                {entry.closesCase ? `${entry.label} (${t('detail.closes-case')})` : entry.label}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
        {chosen ? (
          <Box background="neutral100" padding={3} hasRadius>
            <Typography variant="pi" tag="p" textColor="neutral600">
              {t('detail.resident-sees', { language: localeLabel(submission.locale) })}
            </Typography>
            <Typography tag="p">{chosen.message}</Typography>
          </Box>
        ) : null}
        <Field.Root name="text" hint={t('detail.free-text-hint')} error={error ?? undefined}>
          <Field.Label>{t('detail.free-text')}</Field.Label>
          <Textarea
            value={text}
            maxLength={TEXT_MAX_LENGTH}
            onChange={(event: { target: { value: string } }) => setText(event.target.value)}
          />
          <Field.Hint />
          <Field.Error />
        </Field.Root>
        <Box>
          <Button type="submit" loading={busy}>
            {t('detail.save-status')}
          </Button>
        </Box>
      </Flex>
    </form>
  );
};
