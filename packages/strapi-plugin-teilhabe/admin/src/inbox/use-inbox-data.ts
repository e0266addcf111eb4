import { useFetchClient } from '@strapi/strapi/admin';
import { useCallback, useEffect, useState } from 'react';

/** What an inbox request has brought so far. */
export interface InboxData<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  /** Loads again, e.g. after a change. */
  reload: () => void;
}

/**
 * Loads one of the inbox's admin routes (`/teilhabe/inbox/…`) and keeps the
 * answer's `data`; loads again when the path changes.
 * @param path the route with its query string
 */
export const useInboxData = <T>(path: string): InboxData<T> => {
  const { get } = useFetchClient();
  const [state, setState] = useState<{ data: T | null; error: string | null; loading: boolean }>({
    data: null,
    error: null,
    loading: true,
  });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    get<{ data: T }>(path)
      .then((response) => {
        if (current) {
          setState({ data: response.data.data, error: null, loading: false });
        }
      })
      .catch((error: { message?: string }) => {
        if (current) {
          setState({ data: null, error: error.message ?? 'error', loading: false });
        }
      });
    return () => {
      current = false;
    };
    // `get` is a new function on every render: the path and the round decide.
  }, [path, round]);
  const reload = useCallback(() => setRound((value) => value + 1), []);
  return { ...state, reload };
};
