import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useInboxText } from './use-text';

/**
 * Posts to one of the inbox's admin routes; on success notifies "Gespeichert"
 * and calls back, on refusal keeps the server's German message to show.
 */
export const useInboxPost = (path: string, onDone: () => void) => {
  const t = useInboxText();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const send = async (body: object): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await post(path, body);
      toggleNotification({ type: 'success', message: t('detail.saved') });
      onDone();
      return true;
    } catch (failure) {
      setError((failure as { message?: string }).message ?? t('error.load'));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { send, busy, error };
};
