import { useBuilder } from './builder-context';

/** How a list's keys follow their German labels while they are new. */
export interface AutoKey {
  /** Marks a key just created in this session as following its label. */
  created(key: string): void;
  /** The key after the label changed: derived anew while it follows, else unchanged. */
  follow(current: string, derive: () => string): string;
  /** The editor typed the key: it stops following. */
  released(key: string): void;
}

/** The list of top-level fields, the only keys conditions refer to. */
export const TOP_LEVEL_FIELDS = 'fields';

/**
 * Keys of one list that follow the German label until edited by hand.
 * @param list the list's name, e.g. `fields` or `options:kinder`
 */
export const useAutoKey = (list: string): AutoKey => {
  const { isAutoKey, setAutoKey, keyRenamed } = useBuilder();
  return {
    created: (key) => setAutoKey(list, key, true),
    follow: (current, derive) => {
      if (!isAutoKey(list, current)) {
        return current;
      }
      const next = derive();
      setAutoKey(list, current, false);
      setAutoKey(list, next, true);
      if (list === TOP_LEVEL_FIELDS && next !== current) {
        keyRenamed(current, next);
      }
      return next;
    },
    released: (key) => setAutoKey(list, key, false),
  };
};
