import { Box, Flex, Typography } from '@strapi/design-system';
import { useField } from '@strapi/strapi/admin';
import { forwardRef } from 'react';
import { FieldFrame, type CustomFieldProps } from './parts/FieldFrame';
import { useFieldText } from './use-field-text';
import { readTextList } from './values/texts';

/**
 * Former addresses of an offer, read-only: the plugin keeps them when the
 * slug changes (`offer-writes.ts`) and the portal redirects them. An editor
 * sees them as a plain list; the input never changes the value.
 */
export const PreviousSlugsInput = forwardRef<HTMLFieldSetElement, CustomFieldProps>(
  ({ name, disabled: _disabled, ...frame }, ref) => {
    const { text } = useFieldText();
    const field = useField<string[] | null>(name);
    const slugs = readTextList(field.value);
    return (
      <FieldFrame ref={ref} {...frame}>
        {slugs.length === 0 ? (
          <Typography variant="omega" textColor="neutral600">
            {text('previous-slugs.none')}
          </Typography>
        ) : (
          <Flex tag="ul" direction="column" alignItems="stretch" gap={1}>
            {slugs.map((slug) => (
              <Box tag="li" key={slug} dir="ltr">
                <Typography variant="omega" textColor="neutral800">
                  {slug}
                </Typography>
              </Box>
            ))}
          </Flex>
        )}
      </FieldFrame>
    );
  }
);

PreviousSlugsInput.displayName = 'PreviousSlugsInput';
