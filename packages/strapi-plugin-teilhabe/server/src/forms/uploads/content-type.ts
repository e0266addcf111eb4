import { isFileType, type FileType } from '@teilhabe/forms';
import { fileTypeFromBuffer } from 'file-type';

/**
 * The type of a file judged by its content (its signature), never by its
 * name or the type the browser declared: `file-type` reads the magic bytes.
 * It is an ES module; Node 24 loads it with `require()` from the plugin's
 * CommonJS build.
 * @param data the whole file
 * @returns one of the types a form may accept, or null for anything else
 */
export const detectFileType = async (data: Uint8Array): Promise<FileType | null> => {
  const found = await fileTypeFromBuffer(data);
  return found && isFileType(found.mime) ? found.mime : null;
};
