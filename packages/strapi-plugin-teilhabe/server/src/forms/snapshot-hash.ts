import { createHash } from 'node:crypto';
import { canonicalSnapshot, type FormSnapshot, type HashedSnapshot } from '@teilhabe/forms';

/**
 * The SHA-256, in hex, of a snapshot's canonical JSON (RFC 8785, from
 * `@teilhabe/forms`): the immutable version hash. The same as the package's
 * `@teilhabe/forms/node` entry, which the plugin's module resolution cannot name.
 */
export const snapshotHash = (snapshot: HashedSnapshot | FormSnapshot): string =>
  createHash('sha256').update(canonicalSnapshot(snapshot), 'utf8').digest('hex');
