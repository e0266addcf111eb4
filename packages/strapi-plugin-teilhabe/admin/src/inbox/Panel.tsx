import { Box, Typography } from '@strapi/design-system';
import type { ReactNode } from 'react';

/** A white card with a heading, as the admin's edit views have. */
export const Panel = ({ title, children }: { title: string; children: ReactNode }) => (
  <Box tag="section" background="neutral0" hasRadius shadow="tableShadow" padding={6}>
    <Box paddingBottom={4}>
      <Typography tag="h2" variant="delta">
        {title}
      </Typography>
    </Box>
    {children}
  </Box>
);
