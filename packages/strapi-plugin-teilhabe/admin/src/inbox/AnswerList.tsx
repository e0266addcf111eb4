import { Box, Typography } from '@strapi/design-system';
import type { AnswerRow } from '../../../server/src/forms/inbox/types';
import { useInboxText } from './use-text';

/** The answers as a list of questions and answers; text the resident typed stays as typed. */
export const AnswerList = ({ answers }: { answers: AnswerRow[] }) => {
  const t = useInboxText();
  if (answers.length === 0) {
    return <Typography>{t('detail.no-answers')}</Typography>;
  }
  return (
    <Box tag="dl">
      {answers.map((row) => (
        <Box key={row.key} paddingBottom={3}>
          <Typography tag="dt" variant="sigma" textColor="neutral600">
            {row.label}
          </Typography>
          <Box tag="dd" marginLeft={0}>
            {row.lines.map((line, index) => (
              // `auto`: answers in Arabic or Farsi are shown right to left.
              <Typography key={index} tag="p" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                {line}
              </Typography>
            ))}
          </Box>
        </Box>
      ))}
    </Box>
  );
};
