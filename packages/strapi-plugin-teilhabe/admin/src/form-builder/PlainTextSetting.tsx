import { Field, TextInput } from '@strapi/design-system';
import { useBuilder } from './builder-context';
import { domIdOf } from './dom-ids';
import { useIssue } from './use-issue';

export interface PlainTextSettingProps {
  path: string;
  label: string;
  value: string;
  onChange(next: string): void;
  hint?: string;
  required?: boolean;
  type?: 'text' | 'date';
  /** Codes and patterns are read left to right in every locale. */
  code?: boolean;
}

/**
 * A labelled single-line value that is not translated: a key, a code, a
 * pattern, the German purpose.
 */
export const PlainTextSetting = ({
  path,
  label,
  value,
  onChange,
  hint,
  required = false,
  type = 'text',
  code = false,
}: PlainTextSettingProps) => {
  const { disabled } = useBuilder();
  const error = useIssue(path);
  const id = domIdOf(path);
  return (
    <Field.Root name={id} id={id} error={error} hint={hint} required={required}>
      <Field.Label>{label}</Field.Label>
      <TextInput
        type={type}
        value={value}
        disabled={disabled}
        lang={code ? undefined : 'de'}
        dir="ltr"
        spellCheck={!code}
        onChange={(event: { target: { value: string } }) => onChange(event.target.value)}
      />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};
