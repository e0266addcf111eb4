import { FILE_ENTRY, fileEntry, filesOfEntries } from '../../shared/forms/files';

const letter = {
  token: 'AbCdEfGhIjKlMnOp_-0123456789abcd',
  name: 'Brief "März".pdf',
  size: 2048,
  type: 'application/pdf',
};

test('a file’s facts travel in one hidden entry and come back the same', () => {
  const entry = fileEntry(letter);
  expect(entry[0]).toBe(FILE_ENTRY);
  expect(filesOfEntries([['story', 'x'], entry])).toEqual({ [letter.token]: letter });
});

test('entries that are not a file’s facts are skipped, not trusted', () => {
  expect(
    filesOfEntries([
      [FILE_ENTRY, 'not json'],
      [FILE_ENTRY, JSON.stringify(['short', 1, 'image/png', 'a.png'])],
      [FILE_ENTRY, JSON.stringify([letter.token, '2048', 'application/pdf', 'a.pdf'])],
      ['letter', JSON.stringify([letter.token, 1, 'image/png', 'a.png'])],
    ])
  ).toEqual({});
});
