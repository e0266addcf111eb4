import { Box, Flex, Typography } from '@strapi/design-system';
import { forwardRef, type ReactNode } from 'react';

/** What the content manager passes every custom field's input (among other props). */
export interface CustomFieldProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  labelAction?: ReactNode;
  required?: boolean;
  disabled?: boolean;
}

interface FieldFrameProps {
  label: ReactNode;
  hint?: ReactNode;
  labelAction?: ReactNode;
  required?: boolean;
  /** What is wrong with the inputs as a whole, in the admin's language. */
  error?: string;
  children: ReactNode;
}

/**
 * A group of inputs: a fieldset whose legend is the group's label, its
 * inputs, the help text and what is wrong. A custom field's frame, and a
 * group within one (a course's weekdays, a link's labels); screen readers
 * announce the inputs under the group's name.
 */
export const FieldFrame = forwardRef<HTMLFieldSetElement, FieldFrameProps>(
  ({ label, hint, labelAction, required = false, error, children }, ref) => (
    <Box ref={ref} tag="fieldset" padding={0} margin={0} borderStyle="none">
      <Flex tag="legend" gap={1} paddingLeft={0} paddingRight={0} paddingBottom={2}>
        <Typography variant="pi" fontWeight="bold" textColor="neutral800">
          {label}
          {required ? ' *' : ''}
        </Typography>
        {labelAction}
      </Flex>
      <Flex direction="column" alignItems="stretch" gap={3}>
        {children}
      </Flex>
      {hint ? (
        <Box paddingTop={2}>
          <Typography variant="pi" textColor="neutral600">
            {hint}
          </Typography>
        </Box>
      ) : null}
      {error ? (
        <Box paddingTop={1}>
          <Typography variant="pi" textColor="danger600" role="alert">
            {error}
          </Typography>
        </Box>
      ) : null}
    </Box>
  )
);

FieldFrame.displayName = 'FieldFrame';
