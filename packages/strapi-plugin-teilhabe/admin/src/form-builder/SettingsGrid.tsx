import { Grid } from '@strapi/design-system';
import { Children, type ReactNode } from 'react';

/** Settings side by side, two per row on wide screens, one on narrow ones. */
export const SettingsGrid = ({ children }: { children: ReactNode }) => (
  <Grid.Root gap={4}>
    {Children.toArray(children).map((child, index) => (
      <Grid.Item key={index} col={6} s={12} direction="column" alignItems="stretch">
        {child}
      </Grid.Item>
    ))}
  </Grid.Root>
);
