import { LRUCache } from 'lru-cache';
import type { DirectoryOffer } from './read-model';
import { toDirectoryOffer } from './read-model';
import { parseReadRow } from './search/read-rows';
import type { StoredOffer } from './search/directory-query';

/**
 * Bounds of the memo: entries, and characters of the stored texts the
 * entries hold (a view takes about as much memory again), so it stays in
 * the tens of MiB whatever the directory's size.
 */
const MEMO_BOUNDS = { max: 5_000, maxSize: 16 * 1024 * 1024 } as const;

/** A view with the stored texts it was built from. */
interface Memo {
  canonical: string;
  translation: string | null;
  view: DirectoryOffer;
}

/**
 * The memo's key: short, so that looking it up hashes no stored text. The
 * texts themselves are compared on a hit (see {@link offerViews}).
 */
const memoKey = (documentId: string, locale: string, availableLocales: string[]): string =>
  `${documentId}\u0000${locale}\u0000${availableLocales.join(',')}`;

/**
 * Builds directory views of stored offers, reusing a view built before from
 * exactly the same stored rows. Parsing a row and validating its JSON fields
 * was the largest share of a directory page's own work, and most pages show
 * the same offers again.
 *
 * This is a memo, not a cache of content: a view is reused only when the
 * stored texts just read are equal to those it was built from, and every
 * request still reads the published rows from the index first. A publish,
 * unpublish or delete changes or removes those rows, so the next request
 * builds from the new text (replacing the entry) or shows nothing; an entry
 * of a removed offer is never looked up again and ages out. Nothing here can outlive
 * the index or hold a draft, as the index holds published rows only.
 * Views are shared between requests: GraphQL only reads them.
 */
export const offerViews = () => {
  const views = new LRUCache<string, Memo>({
    ...MEMO_BOUNDS,
    sizeCalculation: (memo) => Math.max(1, memo.canonical.length + (memo.translation ?? '').length),
  });
  return {
    /**
     * The view of a stored offer in a locale.
     * @param documentId the offer
     * @param offer the offer's stored rows
     * @param locale the page's locale
     * @param availableLocales the offer's published locales, in the portal's order
     */
    view(
      documentId: string,
      offer: StoredOffer,
      locale: string,
      availableLocales: string[]
    ): DirectoryOffer {
      const key = memoKey(documentId, locale, availableLocales);
      const memo = views.get(key);
      if (memo && memo.canonical === offer.canonical && memo.translation === offer.translation) {
        return memo.view;
      }
      const canonical = parseReadRow(offer.canonical);
      const translation = offer.translation === null ? undefined : parseReadRow(offer.translation);
      const view = toDirectoryOffer(canonical, translation, locale, availableLocales);
      views.set(key, { canonical: offer.canonical, translation: offer.translation, view });
      return view;
    },
  };
};
