import { Box, Button, Field, Flex, Textarea, Typography } from '@strapi/design-system';
import { useState, type FormEvent } from 'react';
import type { InboxSubmission } from '../../../server/src/forms/inbox/types';
import { germanDay } from './dates';
import { useInboxPost } from './use-inbox-post';
import { useInboxText } from './use-text';

/** Internal notes on a submission, and a new one; residents never see them. */
export const NotesPanel = ({
  submissionId,
  notes,
  onAdded,
}: {
  submissionId: string;
  notes: InboxSubmission['notes'];
  onAdded: () => void;
}) => {
  const t = useInboxText();
  const [text, setText] = useState('');
  const { send, busy, error } = useInboxPost(
    `/teilhabe/inbox/submissions/${encodeURIComponent(submissionId)}/notes`,
    onAdded
  );
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (await send({ text })) {
      setText('');
    }
  };
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography variant="pi" textColor="neutral600">
        {t('detail.notes-hint')}
      </Typography>
      {notes.length === 0 ? (
        <Typography>{t('detail.no-notes')}</Typography>
      ) : (
        <Box tag="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {notes.map((note, index) => (
            <Box tag="li" key={index} paddingBottom={3}>
              <Typography variant="pi" textColor="neutral600">
                {note.author} · {germanDay(note.on)}
              </Typography>
              <Typography tag="p" style={{ whiteSpace: 'pre-wrap' }}>
                {note.text}
              </Typography>
            </Box>
          ))}
        </Box>
      )}
      <form onSubmit={(event) => void onSubmit(event)}>
        <Flex direction="column" alignItems="stretch" gap={2}>
          <Field.Root name="note" error={error ?? undefined}>
            <Field.Label>{t('detail.note')}</Field.Label>
            <Textarea
              value={text}
              maxLength={2000}
              onChange={(event: { target: { value: string } }) => setText(event.target.value)}
            />
            <Field.Error />
          </Field.Root>
          <Box>
            <Button type="submit" variant="secondary" loading={busy}>
              {t('detail.add-note')}
            </Button>
          </Box>
        </Flex>
      </form>
    </Flex>
  );
};
