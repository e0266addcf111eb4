import { Box, Typography } from '@strapi/design-system';
import type { InboxSubmission } from '../../../server/src/forms/inbox/types';
import { germanDay } from './dates';

/** The status history as the resident sees it, newest last. */
export const HistoryList = ({ history }: { history: InboxSubmission['history'] }) => (
  <Box tag="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
    {history.map((entry, index) => (
      <Box tag="li" key={index} paddingBottom={3}>
        <Typography fontWeight="bold">{entry.label}</Typography>{' '}
        <Typography variant="pi" textColor="neutral600">
          {germanDay(entry.on)}
        </Typography>
        {entry.text ? (
          <Typography tag="p" style={{ whiteSpace: 'pre-wrap' }}>
            {entry.text}
          </Typography>
        ) : null}
      </Box>
    ))}
  </Box>
);
