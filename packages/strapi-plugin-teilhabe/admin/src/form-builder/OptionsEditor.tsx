import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { useBuilder } from './builder-context';
import { domIdOf } from './dom-ids';
import { emptyText, type DraftOption } from './draft';
import { OPTION_VALUE, deriveCode } from './keys';
import { OptionRow } from './OptionRow';
import { moveItem, removeAt, replaceAt } from './reorder';
import { useAutoKey } from './use-auto-key';
import { useIssue } from './use-issue';
import { useText } from './use-text';

export interface OptionsEditorProps {
  /** Dotted path of the list, e.g. `steps.0.fields.2.options`. */
  path: string;
  /** The field's key: options' values follow their labels per field. */
  fieldKey: string;
  options: readonly DraftOption[];
  onChange(next: DraftOption[]): void;
}

/** The options of a choice: add, order, remove; value and label per locale each. */
export const OptionsEditor = ({ path, fieldKey, options, onChange }: OptionsEditorProps) => {
  const { disabled } = useBuilder();
  const t = useText();
  const error = useIssue(path);
  const autoKey = useAutoKey(`options:${fieldKey}`);
  const values = new Set(options.map((option) => option.value));
  const add = () => {
    const value = deriveCode('', values, OPTION_VALUE);
    autoKey.created(value);
    onChange([...options, { value, label: emptyText() }]);
  };
  return (
    <Box tag="fieldset" padding={0} borderStyle="none" id={domIdOf(path)}>
      <Typography tag="legend" variant="pi" fontWeight="bold" textColor="neutral800">
        {t('prop.options')}
      </Typography>
      <Flex direction="column" alignItems="stretch" gap={2} paddingTop={2}>
        {options.length === 0 ? (
          <Typography variant="pi" textColor="neutral600">
            {t('options.empty')}
          </Typography>
        ) : null}
        {options.map((option, index) => (
          <OptionRow
            key={index}
            path={`${path}.${index}`}
            index={index}
            count={options.length}
            option={option}
            siblingValues={values}
            autoKey={autoKey}
            onChange={(next) => onChange(replaceAt(options, index, next))}
            onMove={(offset) => onChange(moveItem(options, index, offset))}
            onRemove={() => onChange(removeAt(options, index))}
          />
        ))}
        {error ? (
          <Typography variant="pi" textColor="danger600">
            {error}
          </Typography>
        ) : null}
        <Box>
          <Button variant="secondary" startIcon={<Plus />} disabled={disabled} onClick={add}>
            {t('options.add')}
          </Button>
        </Box>
      </Flex>
    </Box>
  );
};
