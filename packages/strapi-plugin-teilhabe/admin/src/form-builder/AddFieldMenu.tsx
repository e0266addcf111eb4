import { MenuItem, SimpleMenu } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { useBuilder } from './builder-context';
import type { FieldTypeName } from './draft';
import { useText } from './use-text';

export interface AddFieldMenuProps {
  types: readonly FieldTypeName[];
  onAdd(type: FieldTypeName): void;
}

/** "Feld hinzufügen": a menu of the field types by their German names. */
export const AddFieldMenu = ({ types, onAdd }: AddFieldMenuProps) => {
  const { disabled } = useBuilder();
  const t = useText();
  return (
    <SimpleMenu
      label={t('fields.add')}
      variant="secondary"
      startIcon={<Plus />}
      disabled={disabled}
    >
      {types.map((type) => (
        <MenuItem key={type} onSelect={() => onAdd(type)}>
          {t(`type.${type}`)}
        </MenuItem>
      ))}
    </SimpleMenu>
  );
};
