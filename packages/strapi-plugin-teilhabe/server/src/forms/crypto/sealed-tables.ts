import type { UID } from '@strapi/types';

/**
 * The attributes of one content type that hold the five parts of a
 * `SealedRecord`, in this order: ciphertext, iv, tag, wrappedKey, keyId.
 * A type with several sealed values (say, answers and a free text) lists
 * each as its own entry.
 */
export interface SealedColumns {
  uid: UID.Schema;
  fields: readonly [ciphertext: string, iv: string, tag: string, wrappedKey: string, keyId: string];
}

/**
 * Every sealed value the forms domain stores: the key rotation command
 * re-wraps exactly these. A new encrypted attribute must be added here, or
 * its records keep their old key and cannot be opened once it is removed.
 */
export const SEALED_COLUMNS: readonly SealedColumns[] = [
  {
    uid: 'plugin::teilhabe.submission',
    fields: ['ciphertext', 'iv', 'tag', 'wrappedKey', 'keyId'],
  },
  {
    uid: 'plugin::teilhabe.submission-file',
    fields: ['ciphertext', 'iv', 'tag', 'wrappedKey', 'keyId'],
  },
  // An uploaded file's original name, where the resident's browser sent one.
  {
    uid: 'plugin::teilhabe.submission-file',
    fields: ['textCiphertext', 'textIv', 'textTag', 'textWrappedKey', 'textKeyId'],
  },
  // Caseworkers' free texts: status messages to residents, internal notes.
  {
    uid: 'plugin::teilhabe.submission-event',
    fields: ['textCiphertext', 'textIv', 'textTag', 'textWrappedKey', 'textKeyId'],
  },
  {
    uid: 'plugin::teilhabe.submission-note',
    fields: ['textCiphertext', 'textIv', 'textTag', 'textWrappedKey', 'textKeyId'],
  },
];
