/// <reference types="node" />
/**
 * The parts of `@teilhabe/forms` that need Node (`@teilhabe/forms/node`): the
 * plugin hashes snapshots when it publishes a version, and CMS and portal
 * find the client's address behind their proxies. They are a separate
 * entry so that the portal's browser bundle, which imports the main entry,
 * never pulls in `node:crypto`. (Web Crypto would run in both, but only
 * asynchronously, and the hash is needed inside the synchronous publish.)
 */
import { createHash } from 'node:crypto';
import { canonicalSnapshot, type HashedSnapshot } from './canonical.ts';
import type { FormSnapshot } from './definition.ts';

export { clientAddress, compileProxyTrust, type ProxyTrust } from './client-address.ts';

/** The SHA-256, in hex, of a snapshot's canonical JSON: the immutable version hash. */
export const snapshotHash = (snapshot: HashedSnapshot | FormSnapshot): string =>
  createHash('sha256').update(canonicalSnapshot(snapshot), 'utf8').digest('hex');
