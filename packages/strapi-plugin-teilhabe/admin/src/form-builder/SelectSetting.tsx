import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useBuilder } from './builder-context';
import { domIdOf } from './dom-ids';
import { useIssue } from './use-issue';

/** One choice of a select: the stored value and what the editor reads. */
export interface SelectChoice {
  value: string;
  label: string;
  lang?: string;
}

export interface SelectSettingProps {
  path: string;
  label: string;
  value: string | undefined;
  choices: readonly SelectChoice[];
  onChange(next: string): void;
  placeholder?: string;
  hint?: string;
  required?: boolean;
}

/** A labelled choice among fixed values (a field, a comparison, a display). */
export const SelectSetting = ({
  path,
  label,
  value,
  choices,
  onChange,
  placeholder,
  hint,
  required = false,
}: SelectSettingProps) => {
  const { disabled } = useBuilder();
  const error = useIssue(path);
  const id = domIdOf(path);
  return (
    <Field.Root name={id} id={id} error={error} hint={hint} required={required}>
      <Field.Label>{label}</Field.Label>
      <SingleSelect
        value={value ?? null}
        placeholder={placeholder}
        disabled={disabled}
        onChange={(next: string | number) => onChange(String(next))}
      >
        {choices.map((choice) => (
          <SingleSelectOption key={choice.value} value={choice.value}>
            <span lang={choice.lang}>{choice.label}</span>
          </SingleSelectOption>
        ))}
      </SingleSelect>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};
