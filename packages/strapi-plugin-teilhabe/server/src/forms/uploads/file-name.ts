/** The longest file name kept; longer ones are shortened, keeping the extension. */
export const MAX_FILE_NAME_LENGTH = 120;

// eslint-disable-next-line no-control-regex -- control characters are what is removed
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The name of an uploaded file as it is kept (encrypted) and shown: the last
 * segment of a path some browsers send, without control and direction
 * characters, NFC, at most {@link MAX_FILE_NAME_LENGTH} characters.
 * @param sent the name the browser sent
 * @returns the name, or `''` when nothing is left of it
 */
export const cleanFileName = (sent: string): string => {
  const name = (sent.split(/[\\/]/).pop() ?? '').replace(CONTROL, '').normalize('NFC').trim();
  const characters = [...name];
  if (characters.length <= MAX_FILE_NAME_LENGTH) {
    return name;
  }
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 6 ? name.slice(dot) : '';
  return characters.slice(0, MAX_FILE_NAME_LENGTH - extension.length).join('') + extension;
};
