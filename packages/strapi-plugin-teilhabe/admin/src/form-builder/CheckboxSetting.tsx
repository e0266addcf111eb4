import { Checkbox, Field } from '@strapi/design-system';
import { useBuilder } from './builder-context';
import { domIdOf } from './dom-ids';

export interface CheckboxSettingProps {
  path: string;
  label: string;
  checked: boolean;
  onChange(next: boolean): void;
  hint?: string;
}

/** A yes/no setting of the definition (required, one question per page, …). */
export const CheckboxSetting = ({ path, label, checked, onChange, hint }: CheckboxSettingProps) => {
  const { disabled } = useBuilder();
  const id = domIdOf(path);
  return (
    <Field.Root name={id} id={id} hint={hint}>
      <Checkbox
        checked={checked}
        disabled={disabled}
        onCheckedChange={(next: boolean | 'indeterminate') => onChange(next === true)}
      >
        {label}
      </Checkbox>
      <Field.Hint />
    </Field.Root>
  );
};
