import { openJson, sealJson, type Sealed } from './keys';

/**
 * A caseworker's free text (a status message, a note) sealed into the five
 * `text…` columns of its row, so that the key rotation re-wraps it like the
 * answers (`crypto/sealed-tables.ts`).
 */
export interface SealedTextColumns {
  textCiphertext: string | null;
  textIv: string | null;
  textTag: string | null;
  textWrappedKey: string | null;
  textKeyId: string | null;
}

/**
 * The columns of a sealed free text; all empty for none.
 * @param text the text, or null
 * @param aad what the text belongs to, e.g. `note:<reference>`
 */
export const sealText = (text: string | null, aad: string): SealedTextColumns => {
  if (text === null) {
    return {
      textCiphertext: null,
      textIv: null,
      textTag: null,
      textWrappedKey: null,
      textKeyId: null,
    };
  }
  const sealed = sealJson(text, aad);
  return {
    textCiphertext: sealed.ciphertext,
    textIv: sealed.iv,
    textTag: sealed.tag,
    textWrappedKey: sealed.wrappedKey,
    textKeyId: sealed.keyId,
  };
};

/**
 * The free text of a row's `text…` columns, or undefined when it has none.
 * @throws when the text does not open (another key, a changed byte, another row)
 */
export const openText = (row: Partial<SealedTextColumns>, aad: string): string | undefined => {
  if (!row.textCiphertext || !row.textIv || !row.textTag || !row.textWrappedKey || !row.textKeyId) {
    return undefined;
  }
  const sealed: Sealed = {
    ciphertext: row.textCiphertext,
    iv: row.textIv,
    tag: row.textTag,
    wrappedKey: row.textWrappedKey,
    keyId: row.textKeyId,
  };
  return openJson<string>(sealed, aad);
};
