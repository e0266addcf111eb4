import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { useBuilder } from './builder-context';
import { domIdOf } from './dom-ids';
import { emptyText, type DraftStatus } from './draft';
import { STATUS_CODE, deriveCode } from './keys';
import { moveItem, removeAt, replaceAt } from './reorder';
import { StatusCard } from './StatusCard';
import { useAutoKey } from './use-auto-key';
import { useIssue } from './use-issue';
import { useText } from './use-text';

export interface StatusListProps {
  statuses: readonly DraftStatus[];
  onChange(next: DraftStatus[]): void;
}

/** The statuses residents see on the status page, in order; the first is a new submission's. */
export const StatusList = ({ statuses, onChange }: StatusListProps) => {
  const { disabled, moved, removed, setOpen } = useBuilder();
  const t = useText();
  const error = useIssue('statuses');
  const autoKey = useAutoKey('statuses');
  const codes = new Set(statuses.map((status) => status.code));
  const add = () => {
    const code = deriveCode('', codes, STATUS_CODE);
    autoKey.created(code);
    setOpen(`statuses.${statuses.length}`, true);
    onChange([...statuses, { code, label: emptyText(), message: emptyText(), closesCase: false }]);
  };
  return (
    <Box tag="section" id={domIdOf('statuses')} aria-labelledby="form-builder-statuses-title">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="delta" tag="h3" id="form-builder-statuses-title">
          {t('statuses.title')}
        </Typography>
        <Typography variant="pi" textColor="neutral600">
          {t('statuses.hint')}
        </Typography>
        {statuses.length === 0 ? (
          <Typography textColor="neutral600">{t('statuses.empty')}</Typography>
        ) : null}
        {statuses.map((status, index) => (
          <StatusCard
            key={index}
            index={index}
            count={statuses.length}
            status={status}
            siblingCodes={codes}
            autoKey={autoKey}
            onChange={(next) => onChange(replaceAt(statuses, index, next))}
            onMove={(offset) => {
              moved('statuses', index, index + offset);
              onChange(moveItem(statuses, index, offset));
            }}
            onRemove={() => {
              removed('statuses', index);
              onChange(removeAt(statuses, index));
            }}
          />
        ))}
        {error && statuses.length > 0 ? (
          <Typography variant="pi" textColor="danger600">
            {error}
          </Typography>
        ) : null}
        <Box>
          <Button variant="secondary" startIcon={<Plus />} disabled={disabled} onClick={add}>
            {t('statuses.add')}
          </Button>
        </Box>
      </Flex>
    </Box>
  );
};
