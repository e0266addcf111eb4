import {
  Box,
  Button,
  Checkbox,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Textarea,
  Typography,
} from '@strapi/design-system';
import { LOCALE_CODES } from '@teilhabe/locales';
import { useState, type FormEvent } from 'react';
import type { InboxSubmission } from '../../../server/src/forms/inbox/types';
import { localeLabel } from './locale-label';
import { useInboxPost } from './use-inbox-post';
import { useInboxText } from './use-text';

/** The longest comment the server accepts. */
const TEXT_MAX_LENGTH = 3000;

type Draft = NonNullable<InboxSubmission['comment']>;

/**
 * "Als Kommentar veröffentlichen": opens the feedback's text for redaction
 * (names, addresses and the like removed by the moderator), with its
 * subject and language; only the edited text is published. Without the
 * resident's consent there is nothing to publish.
 */
export const CommentPublish = ({
  submission,
  draft,
  onPublished,
}: {
  submission: InboxSubmission;
  draft: Draft;
  onPublished: () => void;
}) => {
  const t = useInboxText();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(draft.text);
  const [subject, setSubject] = useState(draft.subject);
  const [language, setLanguage] = useState<string>(submission.locale);
  const [checked, setChecked] = useState(false);
  const { send, busy, error } = useInboxPost(
    `/teilhabe/inbox/submissions/${encodeURIComponent(submission.id)}/comment`,
    () => {
      setOpen(false);
      onPublished();
    }
  );
  if (!draft.consent) {
    return <Typography tag="p">{t('comment.no-consent')}</Typography>;
  }
  if (!open) {
    return (
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography tag="p">{t('comment.intro')}</Typography>
        <Box>
          <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
            {t('comment.open')}
          </Button>
        </Box>
      </Flex>
    );
  }
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await send({ subject, text: text.trim(), language });
  };
  return (
    <form onSubmit={(event) => void onSubmit(event)}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography tag="p">{t('comment.intro')}</Typography>
        <Field.Root
          name="comment-text"
          required
          hint={t('comment.text-hint')}
          error={error ?? undefined}
        >
          <Field.Label>{t('comment.text')}</Field.Label>
          <Textarea
            value={text}
            maxLength={TEXT_MAX_LENGTH}
            onChange={(event: { target: { value: string } }) => setText(event.target.value)}
          />
          <Field.Hint />
          <Field.Error />
        </Field.Root>
        <Field.Root name="comment-subject" required hint={t('comment.subject-hint')}>
          <Field.Label>{t('comment.subject')}</Field.Label>
          {draft.subjects.length > 0 ? (
            <SingleSelect
              value={subject}
              onChange={(value: string | number) => setSubject(String(value))}
            >
              {draft.subjects.map((entry) => (
                <SingleSelectOption key={entry.value} value={entry.value}>
                  {entry.label}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          ) : (
            <TextInput
              value={subject}
              onChange={(event: { target: { value: string } }) => setSubject(event.target.value)}
            />
          )}
          <Field.Hint />
        </Field.Root>
        <Field.Root name="comment-language" required>
          <Field.Label>{t('comment.language')}</Field.Label>
          <SingleSelect
            value={language}
            onChange={(value: string | number) => setLanguage(String(value))}
          >
            {LOCALE_CODES.map((code) => (
              <SingleSelectOption key={code} value={code}>
                {localeLabel(code)}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
        <Checkbox
          checked={checked}
          onCheckedChange={(next: boolean | 'indeterminate') => setChecked(next === true)}
        >
          {t('comment.confirm')}
        </Checkbox>
        <Flex gap={2}>
          <Button type="submit" loading={busy} disabled={!checked || text.trim() === ''}>
            {t('comment.publish')}
          </Button>
          <Button type="button" variant="tertiary" onClick={() => setOpen(false)}>
            {t('comment.cancel')}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
};
