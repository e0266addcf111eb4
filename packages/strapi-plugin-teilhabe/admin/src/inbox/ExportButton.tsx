import { Button, Dialog } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { useFetchClient } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useInboxText } from './use-text';

/**
 * Exports a form's submissions (optionally of one status) as CSV, after a
 * reminder that the file holds every answer and that the export is logged.
 */
export const ExportButton = ({
  formId,
  status,
  slug,
}: {
  formId: string;
  status: string;
  slug: string;
}) => {
  const t = useInboxText();
  const { get } = useFetchClient();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const query = status ? `?status=${encodeURIComponent(status)}` : '';
      const response = await get<Blob>(
        `/teilhabe/inbox/forms/${encodeURIComponent(formId)}/export${query}`,
        { responseType: 'blob' }
      );
      const link = document.createElement('a');
      link.href = URL.createObjectURL(response.data);
      link.download = `${slug}-${new Date().toISOString().slice(0, 10)}.csv`;
      link.click();
      URL.revokeObjectURL(link.href);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog.Root>
      <Dialog.Trigger>
        <Button startIcon={<Download />} variant="secondary" loading={busy}>
          {t('list.export')}
        </Button>
      </Dialog.Trigger>
      <Dialog.Content>
        <Dialog.Header>{t('list.export')}</Dialog.Header>
        <Dialog.Body>{t('list.export-note')}</Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button variant="tertiary">{t('cancel')}</Button>
          </Dialog.Cancel>
          <Dialog.Action>
            <Button onClick={() => void download()}>{t('list.export')}</Button>
          </Dialog.Action>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
