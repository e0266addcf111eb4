import { Flex, Typography } from '@strapi/design-system';
import { CheckboxSetting } from './CheckboxSetting';
import { CollapsibleCard } from './CollapsibleCard';
import type { DraftStatus } from './draft';
import { ItemActions } from './ItemActions';
import { KeySetting } from './KeySetting';
import { STATUS_CODE, deriveCode } from './keys';
import { TextEditor } from './TextEditor';
import type { AutoKey } from './use-auto-key';
import { useText } from './use-text';

export interface StatusCardProps {
  index: number;
  count: number;
  status: DraftStatus;
  siblingCodes: ReadonlySet<string>;
  autoKey: AutoKey;
  onChange(next: DraftStatus): void;
  onMove(offset: -1 | 1): void;
  onRemove(): void;
}

/** One status residents see: code, label, message, whether it closes the case. */
export const StatusCard = ({
  index,
  count,
  status,
  siblingCodes,
  autoKey,
  onChange,
  onMove,
  onRemove,
}: StatusCardProps) => {
  const t = useText();
  const path = `statuses.${index}`;
  const name = t('status.name', { number: index + 1 });
  const changeLabel = (label: DraftStatus['label'] | undefined) => {
    const next = label ?? { de: '' };
    const code =
      next.de === status.label.de
        ? status.code
        : autoKey.follow(status.code, () => {
            const taken = new Set(siblingCodes);
            taken.delete(status.code);
            return deriveCode(next.de, taken, STATUS_CODE);
          });
    onChange({ ...status, label: next, code });
  };
  return (
    <CollapsibleCard
      path={path}
      name={name}
      summary={
        <>
          <Typography textColor="neutral800" lang="de">
            {status.label.de || t('field.unlabelled')}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {status.code}
          </Typography>
        </>
      }
      actions={
        <ItemActions name={name} index={index} count={count} onMove={onMove} onRemove={onRemove} />
      }
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        <TextEditor
          path={`${path}.label`}
          label={t('prop.label')}
          value={status.label}
          onChange={changeLabel}
        />
        <KeySetting
          path={`${path}.code`}
          label={t('prop.code')}
          value={status.code}
          autoKey={autoKey}
          onChange={(code) => onChange({ ...status, code })}
        />
        <TextEditor
          path={`${path}.message`}
          label={t('prop.message')}
          value={status.message}
          multiline
          onChange={(message) => onChange({ ...status, message: message ?? { de: '' } })}
        />
        <CheckboxSetting
          path={`${path}.closesCase`}
          label={t('prop.closesCase')}
          hint={t('prop.closesCase-hint')}
          checked={status.closesCase === true}
          onChange={(closesCase) => onChange({ ...status, closesCase })}
        />
      </Flex>
    </CollapsibleCard>
  );
};
