import { Box, Button, Flex, Grid, Typography } from '@strapi/design-system';
import { Cross, Plus } from '@strapi/icons';
import { useBuilder } from './builder-context';
import {
  newCondition,
  operatorsFor,
  type ConditionOperator,
  type ConditionSource,
} from './conditions';
import { ConditionValue } from './ConditionValue';
import { domIdOf } from './dom-ids';
import type { DraftCondition } from './draft';
import { SelectSetting } from './SelectSetting';
import { useText } from './use-text';

export interface ConditionEditorProps {
  /** Dotted path of the condition, e.g. `steps.0.fields.3.condition`. */
  path: string;
  value: DraftCondition | undefined;
  onChange(next: DraftCondition | undefined): void;
  /** The earlier fields it may refer to (`conditionSources`). */
  sources: readonly ConditionSource[];
}

/** "Nur anzeigen, wenn": an earlier field, a comparison, a value. */
export const ConditionEditor = ({ path, value, onChange, sources }: ConditionEditorProps) => {
  const { disabled } = useBuilder();
  const t = useText();
  const first = sources[0];
  if (!value) {
    return first ? (
      <Button
        variant="tertiary"
        startIcon={<Plus />}
        disabled={disabled}
        onClick={() => onChange(newCondition(first))}
      >
        {t('condition.only-if')}
      </Button>
    ) : (
      <Typography variant="pi" textColor="neutral600">
        {t('condition.none-available')}
      </Typography>
    );
  }
  const source = sources.find((candidate) => candidate.key === value.field);
  const operators = source ? operatorsFor(source.type) : [];
  const chooseField = (key: string) => {
    const chosen = sources.find((candidate) => candidate.key === key);
    if (chosen) {
      onChange(newCondition(chosen));
    }
  };
  const chooseOperator = (operator: string) => {
    const next = operators.find(
      (candidate): candidate is ConditionOperator => candidate === operator
    );
    if (next) {
      const { value: compared, ...rest } = value;
      onChange(
        next === 'answered'
          ? { ...rest, operator: next }
          : { ...rest, operator: next, value: compared }
      );
    }
  };
  return (
    <Box tag="fieldset" padding={0} borderStyle="none" id={domIdOf(path)}>
      <Flex tag="legend" paddingBottom={2}>
        <Typography variant="pi" fontWeight="bold" textColor="neutral800">
          {t('condition.only-if')}
        </Typography>
      </Flex>
      <Grid.Root gap={4}>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <SelectSetting
            path={`${path}.field`}
            label={t('prop.field')}
            value={value.field || undefined}
            placeholder={t('condition.choose-field')}
            choices={sources.map((candidate) => ({
              value: candidate.key,
              label: candidate.label || candidate.key,
            }))}
            onChange={chooseField}
          />
        </Grid.Item>
        <Grid.Item col={3} s={12} direction="column" alignItems="stretch">
          <SelectSetting
            path={`${path}.operator`}
            label={t('prop.operator')}
            value={value.operator}
            choices={operators.map((operator) => ({
              value: operator,
              label: t(`operator.${operator}`),
            }))}
            onChange={chooseOperator}
          />
        </Grid.Item>
        <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
          {source && value.operator !== 'answered' ? (
            <ConditionValue
              path={`${path}.value`}
              source={source}
              value={value.value}
              onChange={(compared) => {
                const { value: _previous, ...rest } = value;
                onChange(compared === undefined ? rest : { ...rest, value: compared });
              }}
            />
          ) : null}
        </Grid.Item>
      </Grid.Root>
      <Box paddingTop={2}>
        <Button
          variant="ghost"
          startIcon={<Cross />}
          disabled={disabled}
          onClick={() => onChange(undefined)}
        >
          {t('condition.remove')}
        </Button>
      </Box>
    </Box>
  );
};
