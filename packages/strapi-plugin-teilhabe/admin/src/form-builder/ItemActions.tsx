import { IconButton } from '@strapi/design-system';
import { ArrowDown, ArrowUp } from '@strapi/icons';
import { useBuilder } from './builder-context';
import { ConfirmRemoveButton } from './ConfirmRemoveButton';
import { useText } from './use-text';

export interface ItemActionsProps {
  /** The item's name for the buttons' labels, e.g. "Feld 3". */
  name: string;
  index: number;
  count: number;
  onMove(offset: -1 | 1): void;
  onRemove(): void;
}

/** Move up, move down and remove for an item of a list: buttons, no dragging. */
export const ItemActions = ({ name, index, count, onMove, onRemove }: ItemActionsProps) => {
  const { disabled } = useBuilder();
  const t = useText();
  return (
    <>
      <IconButton
        label={t('card.move-up', { name })}
        variant="ghost"
        disabled={disabled || index === 0}
        onClick={() => onMove(-1)}
      >
        <ArrowUp />
      </IconButton>
      <IconButton
        label={t('card.move-down', { name })}
        variant="ghost"
        disabled={disabled || index === count - 1}
        onClick={() => onMove(1)}
      >
        <ArrowDown />
      </IconButton>
      <ConfirmRemoveButton name={name} onConfirm={onRemove} />
    </>
  );
};
