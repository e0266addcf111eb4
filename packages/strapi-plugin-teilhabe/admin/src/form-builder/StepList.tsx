import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { useBuilder } from './builder-context';
import { domIdOf } from './dom-ids';
import { emptyText, type DraftDefinition, type DraftStep } from './draft';
import { deriveFieldKey } from './keys';
import { moveItem, removeAt, replaceAt } from './reorder';
import { StepCard } from './StepCard';
import { useAutoKey } from './use-auto-key';
import { useIssue } from './use-issue';
import { useText } from './use-text';

export interface StepListProps {
  draft: DraftDefinition;
  onChange(next: DraftStep[]): void;
}

/** The form's steps in order: add, rename, reorder, remove. */
export const StepList = ({ draft, onChange }: StepListProps) => {
  const { disabled, moved, removed, setOpen } = useBuilder();
  const t = useText();
  const error = useIssue('steps');
  const autoKey = useAutoKey('steps');
  const { steps } = draft;
  const add = () => {
    const key = deriveFieldKey('Schritt', new Set(steps.map((step) => step.key)));
    autoKey.created(key);
    setOpen(`steps.${steps.length}`, true);
    onChange([...steps, { key, title: emptyText(), fields: [] }]);
  };
  return (
    <Box tag="section" id={domIdOf('steps')} aria-labelledby="form-builder-steps-title">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="delta" tag="h3" id="form-builder-steps-title">
          {t('steps.title')}
        </Typography>
        {steps.length === 0 ? (
          <Typography textColor="neutral600">{t('steps.empty')}</Typography>
        ) : null}
        {steps.map((step, index) => (
          <StepCard
            key={index}
            draft={draft}
            index={index}
            step={step}
            autoKey={autoKey}
            onChange={(next) => onChange(replaceAt(steps, index, next))}
            onMove={(offset) => {
              moved('steps', index, index + offset);
              onChange(moveItem(steps, index, offset));
            }}
            onRemove={() => {
              removed('steps', index);
              onChange(removeAt(steps, index));
            }}
          />
        ))}
        {error && steps.length > 0 ? (
          <Typography variant="pi" textColor="danger600">
            {error}
          </Typography>
        ) : null}
        <Box>
          <Button variant="secondary" startIcon={<Plus />} disabled={disabled} onClick={add}>
            {t('steps.add')}
          </Button>
        </Box>
      </Flex>
    </Box>
  );
};
