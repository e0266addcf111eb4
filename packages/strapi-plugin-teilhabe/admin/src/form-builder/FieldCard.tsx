import { Badge, Typography } from '@strapi/design-system';
import { CollapsibleCard } from './CollapsibleCard';
import type { ConditionSource } from './conditions';
import type { DraftField, DraftText } from './draft';
import { FieldSettings } from './FieldSettings';
import { ItemActions } from './ItemActions';
import { deriveFieldKey } from './keys';
import type { AutoKey } from './use-auto-key';
import { useText } from './use-text';

export interface FieldCardProps {
  path: string;
  index: number;
  count: number;
  field: DraftField;
  siblingKeys: ReadonlySet<string>;
  autoKey: AutoKey;
  sources: readonly ConditionSource[];
  onChange(next: DraftField): void;
  onMove(offset: -1 | 1): void;
  onRemove(): void;
}

/** One field as a card: type, German label and key in its header, its settings inside. */
export const FieldCard = ({
  path,
  index,
  count,
  field,
  siblingKeys,
  autoKey,
  sources,
  onChange,
  onMove,
  onRemove,
}: FieldCardProps) => {
  const t = useText();
  const name = t('field.name', { number: index + 1 });
  const changeLabel = (label: DraftText) => {
    const key =
      label.de === field.label.de
        ? field.key
        : autoKey.follow(field.key, () => {
            const taken = new Set(siblingKeys);
            taken.delete(field.key);
            return deriveFieldKey(label.de, taken);
          });
    onChange({ ...field, label, key });
  };
  return (
    <CollapsibleCard
      path={path}
      name={name}
      summary={
        <>
          <Badge>{t(`type.${field.type}`)}</Badge>
          <Typography textColor="neutral800" lang="de">
            {field.label.de || t('field.unlabelled')}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {field.key}
          </Typography>
        </>
      }
      actions={
        <ItemActions name={name} index={index} count={count} onMove={onMove} onRemove={onRemove} />
      }
    >
      <FieldSettings
        path={path}
        field={field}
        onChange={onChange}
        onLabelChange={changeLabel}
        autoKey={autoKey}
        sources={sources}
      />
    </CollapsibleCard>
  );
};
