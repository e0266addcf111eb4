import { Flex, Typography } from '@strapi/design-system';
import { CollapsibleCard } from './CollapsibleCard';
import { ConditionEditor } from './ConditionEditor';
import { conditionSources } from './conditions';
import type { DraftDefinition, DraftStep } from './draft';
import { FieldList } from './FieldList';
import { FIELD_TYPES } from './field-types';
import { ItemActions } from './ItemActions';
import { KeySetting } from './KeySetting';
import { deriveFieldKey } from './keys';
import { TextEditor } from './TextEditor';
import { TOP_LEVEL_FIELDS, type AutoKey } from './use-auto-key';
import { useText } from './use-text';

export interface StepCardProps {
  draft: DraftDefinition;
  index: number;
  step: DraftStep;
  autoKey: AutoKey;
  onChange(next: DraftStep): void;
  onMove(offset: -1 | 1): void;
  onRemove(): void;
}

/** One step (page) of the form: title, key, condition and its fields. */
export const StepCard = ({
  draft,
  index,
  step,
  autoKey,
  onChange,
  onMove,
  onRemove,
}: StepCardProps) => {
  const t = useText();
  const path = `steps.${index}`;
  const name = t('step.name', { number: index + 1 });
  const otherKeys = new Set(
    draft.steps.flatMap((other, position) =>
      position === index ? [] : other.fields.map((field) => field.key)
    )
  );
  const changeTitle = (title: DraftStep['title'] | undefined) => {
    const next = title ?? { de: '' };
    const key =
      next.de === step.title.de
        ? step.key
        : autoKey.follow(step.key, () =>
            deriveFieldKey(
              next.de,
              new Set(draft.steps.filter((other) => other !== step).map((other) => other.key))
            )
          );
    onChange({ ...step, title: next, key });
  };
  return (
    <CollapsibleCard
      path={path}
      name={name}
      summary={
        <>
          <Typography textColor="neutral800" lang="de">
            {step.title.de || t('step.untitled')}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {t('step.fields', { count: step.fields.length })}
          </Typography>
        </>
      }
      actions={
        <ItemActions
          name={name}
          index={index}
          count={draft.steps.length}
          onMove={onMove}
          onRemove={onRemove}
        />
      }
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        <TextEditor
          path={`${path}.title`}
          label={t('prop.title')}
          value={step.title}
          onChange={changeTitle}
        />
        <KeySetting
          path={`${path}.key`}
          value={step.key}
          autoKey={autoKey}
          onChange={(key) => onChange({ ...step, key })}
        />
        <ConditionEditor
          path={`${path}.condition`}
          value={step.condition}
          sources={conditionSources(draft, index)}
          onChange={(condition) => onChange({ ...step, condition })}
        />
        <FieldList
          path={`${path}.fields`}
          title={t('step.fields-title')}
          emptyText={t('fields.empty')}
          fields={step.fields}
          types={FIELD_TYPES}
          keyList={TOP_LEVEL_FIELDS}
          otherKeys={otherKeys}
          sourcesFor={(fieldIndex) => conditionSources(draft, index, fieldIndex)}
          onChange={(fields) => onChange({ ...step, fields })}
        />
      </Flex>
    </CollapsibleCard>
  );
};
