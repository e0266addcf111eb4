import { LRUCache } from 'lru-cache';
import type { DirectoryOffer } from './read-model';
import { toDirectoryOffer } from './read-model';
import { parseReadRow } from './search/read-rows';
import type { StoredOffer } from './search/directory-query';

/**
 * Bounds of the memo: entries, and characters of stored text in the keys
 * (a view takes about as much memory again as its key), so it stays in the
 * tens of MiB whatever the directory's size.
 */
const MEMO_BOUNDS = { max: 5_000, maxSize: 16 * 1024 * 1024 } as const;

/** What a view is a pure function of: the locale, the published locales and the stored texts. */
const memoKey = (offer: StoredOffer, locale: string, availableLocales: string[]): string =>
  [locale, availableLocales.join(','), offer.canonical, offer.translation ?? ''].join('\u0000');

/**
 * Builds directory views of stored offers, reusing a view built before from
 * exactly the same stored rows. Parsing a row and validating its JSON fields
 * was the largest share of a directory page's own work, and most pages show
 * the same offers again.
 *
 * This is a memo, not a cache of content: the key holds the stored text
 * itself, and every request still reads the published rows from the index
 * first. A publish, unpublish or delete changes or removes those rows, so
 * the next request builds from the new text or shows nothing; an entry of
 * old text is never looked up again and ages out. Nothing here can outlive
 * the index or hold a draft, as the index holds published rows only.
 * Views are shared between requests: GraphQL only reads them.
 */
export const offerViews = () => {
  const views = new LRUCache<string, DirectoryOffer>({
    ...MEMO_BOUNDS,
    sizeCalculation: (_view, key) => Math.max(1, key.length),
  });
  return {
    /**
     * The view of a stored offer in a locale.
     * @param offer the offer's stored rows
     * @param locale the page's locale
     * @param availableLocales the offer's published locales, in the portal's order
     */
    view(offer: StoredOffer, locale: string, availableLocales: string[]): DirectoryOffer {
      const key = memoKey(offer, locale, availableLocales);
      let view = views.get(key);
      if (!view) {
        const canonical = parseReadRow(offer.canonical);
        const translation =
          offer.translation === null ? undefined : parseReadRow(offer.translation);
        view = toDirectoryOffer(canonical, translation, locale, availableLocales);
        views.set(key, view);
      }
      return view;
    },
  };
};
