import type { FormDefinition, FormField } from '@teilhabe/forms';

/** A file the CMS has stored for the form being filled in: what the review shows of it. */
export interface UploadedFileView {
  /** Names the file in the answers; the CMS keeps it 24 hours. */
  token: string;
  /** The file's name as the CMS kept it; empty when the browser sent none. */
  name: string;
  size: number;
  type: string;
}

/** The flow's input that carries an uploaded file's facts from step to step. */
export const FILE_ENTRY = '_file';

const TOKEN = /^[A-Za-z0-9_-]{8,200}$/;

/**
 * The hidden entry of an uploaded file: its token, size, type and name as JSON.
 * @param file the file's facts
 */
export function fileEntry(file: UploadedFileView): [string, string] {
  return [FILE_ENTRY, JSON.stringify([file.token, file.size, file.type, file.name])];
}

/**
 * The files named by posted entries, by token; malformed entries are skipped
 * (they only describe files on the review, the CMS checks the tokens).
 * @param entries the posted entries
 */
export function filesOfEntries(
  entries: ReadonlyArray<readonly [string, string]>
): Record<string, UploadedFileView> {
  const files: Record<string, UploadedFileView> = {};
  for (const [name, value] of entries) {
    if (name !== FILE_ENTRY) {
      continue;
    }
    try {
      const [token, size, type, fileName] = JSON.parse(value) as unknown[];
      if (
        typeof token === 'string' &&
        TOKEN.test(token) &&
        typeof size === 'number' &&
        typeof type === 'string' &&
        typeof fileName === 'string'
      ) {
        files[token] = { token, size, type: type.slice(0, 40), name: fileName.slice(0, 200) };
      }
    } catch {
      // Not JSON: not one of ours.
    }
  }
  return files;
}

/** The file questions of a form, by key. */
export function fileFields(
  definition: FormDefinition
): Map<string, Extract<FormField, { type: 'file' }>> {
  return new Map(
    definition.steps
      .flatMap((step) => step.fields)
      .flatMap((field) => (field.type === 'file' ? [[field.key, field] as const] : []))
  );
}
