import { Field, NumberInput } from '@strapi/design-system';
import { useBuilder } from './builder-context';
import { domIdOf } from './dom-ids';
import { useIssue } from './use-issue';

export interface NumberSettingProps {
  path: string;
  label: string;
  value: number | undefined;
  /** `undefined` when the input is emptied: the contract's default applies. */
  onChange(next: number | undefined): void;
  hint?: string;
  step?: number;
}

/** A labelled number of the definition (a limit, a count), with its issue. */
export const NumberSetting = ({ path, label, value, onChange, hint, step }: NumberSettingProps) => {
  const { disabled } = useBuilder();
  const error = useIssue(path);
  const id = domIdOf(path);
  return (
    <Field.Root name={id} id={id} error={error} hint={hint}>
      <Field.Label>{label}</Field.Label>
      <NumberInput
        value={value}
        onValueChange={onChange}
        disabled={disabled}
        step={step}
        locale="de"
      />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};
