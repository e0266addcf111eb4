import { Button, Dialog, IconButton } from '@strapi/design-system';
import { Trash, WarningCircle } from '@strapi/icons';
import { useBuilder } from './builder-context';
import { useText } from './use-text';

/** "Entfernen" with a confirmation dialog: a removed step takes its fields with it. */
export const ConfirmRemoveButton = ({ name, onConfirm }: { name: string; onConfirm(): void }) => {
  const { disabled } = useBuilder();
  const t = useText();
  return (
    <Dialog.Root>
      <Dialog.Trigger>
        <IconButton label={t('card.remove', { name })} disabled={disabled} variant="ghost">
          <Trash />
        </IconButton>
      </Dialog.Trigger>
      <Dialog.Content>
        <Dialog.Header>{t('confirm.title')}</Dialog.Header>
        <Dialog.Body icon={<WarningCircle fill="danger600" />}>
          {t('confirm.body', { name })}
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button fullWidth variant="tertiary">
              {t('confirm.cancel')}
            </Button>
          </Dialog.Cancel>
          <Dialog.Action>
            <Button fullWidth variant="danger-light" onClick={onConfirm}>
              {t('confirm.remove')}
            </Button>
          </Dialog.Action>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
