import { Box, Button, Flex, IconButton, Typography } from '@strapi/design-system';
import { Plus, Trash } from '@strapi/icons';
import type { ReactNode } from 'react';

interface RowsProps<T> {
  items: readonly T[];
  /** The inputs of one row. */
  render: (item: T, index: number) => ReactNode;
  /** Accessible name of a row's remove button, e.g. "Zeit 2 entfernen". */
  removeLabel: (position: number) => string;
  onRemove: (index: number) => void;
  addLabel: string;
  onAdd: () => void;
  /** Shown instead of the rows while there are none. */
  emptyText: string;
  disabled: boolean;
  /** Most rows the schema allows; the add button is off at it. */
  max: number;
}

/**
 * Rows an editor adds and removes (opening hours, exceptions, links): each
 * row's inputs with a remove button, then an add button. Buttons are real
 * buttons with names, so the list works by keyboard and screen reader.
 */
export const Rows = <T,>({
  items,
  render,
  removeLabel,
  onRemove,
  addLabel,
  onAdd,
  emptyText,
  disabled,
  max,
}: RowsProps<T>) => (
  <Flex direction="column" alignItems="stretch" gap={3}>
    {items.length === 0 ? (
      <Typography variant="omega" textColor="neutral600">
        {emptyText}
      </Typography>
    ) : (
      <Flex tag="ul" direction="column" alignItems="stretch" gap={3}>
        {items.map((item, index) => (
          <Flex
            tag="li"
            // Rows have no identity of their own; inputs are controlled, so the index is enough.
            key={index}
            gap={3}
            alignItems="flex-start"
            padding={3}
            background="neutral100"
            hasRadius
          >
            <Box flex="1">{render(item, index)}</Box>
            <Box paddingTop={6}>
              <IconButton
                label={removeLabel(index + 1)}
                onClick={() => onRemove(index)}
                disabled={disabled}
                variant="ghost"
              >
                <Trash />
              </IconButton>
            </Box>
          </Flex>
        ))}
      </Flex>
    )}
    <Box>
      <Button
        variant="secondary"
        startIcon={<Plus />}
        onClick={onAdd}
        disabled={disabled || items.length >= max}
      >
        {addLabel}
      </Button>
    </Box>
  </Flex>
);
