import { Box, Flex, Grid } from '@strapi/design-system';
import { domIdOf } from './dom-ids';
import type { DraftOption } from './draft';
import { ItemActions } from './ItemActions';
import { KeySetting } from './KeySetting';
import { OPTION_VALUE, deriveCode } from './keys';
import { TextEditor } from './TextEditor';
import type { AutoKey } from './use-auto-key';
import { useText } from './use-text';

export interface OptionRowProps {
  path: string;
  index: number;
  count: number;
  option: DraftOption;
  siblingValues: ReadonlySet<string>;
  autoKey: AutoKey;
  onChange(next: DraftOption): void;
  onMove(offset: -1 | 1): void;
  onRemove(): void;
}

/** One option of a choice: its label per locale and its stored value. */
export const OptionRow = ({
  path,
  index,
  count,
  option,
  siblingValues,
  autoKey,
  onChange,
  onMove,
  onRemove,
}: OptionRowProps) => {
  const t = useText();
  const name = t('option.name', { number: index + 1 });
  const changeLabel = (label: DraftOption['label'] | undefined) => {
    const next = label ?? { de: '' };
    const value =
      next.de === option.label.de
        ? option.value
        : autoKey.follow(option.value, () => {
            const taken = new Set(siblingValues);
            taken.delete(option.value);
            return deriveCode(next.de, taken, OPTION_VALUE);
          });
    onChange({ ...option, label: next, value });
  };
  return (
    <Box
      id={domIdOf(path)}
      padding={3}
      hasRadius
      borderColor="neutral150"
      borderStyle="solid"
      borderWidth="1px"
    >
      <Flex justifyContent="space-between" alignItems="flex-start" gap={2}>
        <Grid.Root gap={4} flex="1">
          <Grid.Item col={8} s={12} direction="column" alignItems="stretch">
            <TextEditor
              path={`${path}.label`}
              label={name}
              value={option.label}
              onChange={changeLabel}
            />
          </Grid.Item>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
            <KeySetting
              path={`${path}.value`}
              label={t('prop.value')}
              value={option.value}
              autoKey={autoKey}
              onChange={(value) => onChange({ ...option, value })}
            />
          </Grid.Item>
        </Grid.Root>
        <Flex gap={1} paddingTop={6}>
          <ItemActions
            name={name}
            index={index}
            count={count}
            onMove={onMove}
            onRemove={onRemove}
          />
        </Flex>
      </Flex>
    </Box>
  );
};
