import canonicalize from 'canonicalize';
import type { FormSnapshot } from './definition.ts';

/** What the version hash covers: a snapshot without `hash` and `publishedAt`. */
export type HashedSnapshot = Omit<FormSnapshot, 'hash' | 'publishedAt'>;

/**
 * The canonical JSON (RFC 8785, JSON Canonicalization Scheme: keys sorted by
 * code unit, numbers in ECMAScript form, no whitespace) of everything a
 * version's hash covers. The same snapshot gives the same text whatever order
 * its keys were written in, so a hash can be checked again at any time.
 * `hash` and `publishedAt` are left out: the one is computed from this text,
 * the other is set when the version is stored.
 */
export const canonicalSnapshot = (snapshot: HashedSnapshot | FormSnapshot): string => {
  const {
    hash: _hash,
    publishedAt: _publishedAt,
    ...hashed
  } = snapshot as Partial<FormSnapshot> & HashedSnapshot;
  const text = canonicalize(hashed);
  if (text === undefined) {
    throw new TypeError('A form snapshot has no JSON form');
  }
  return text;
};
