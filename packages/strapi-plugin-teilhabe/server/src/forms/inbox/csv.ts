import { stringify } from 'csv-stringify/sync';
import type { AnswerRow } from './types';

/** One submission as a line of the export: its facts and its answer rows. */
export interface ExportLine {
  reference: string;
  submittedOn: string;
  status: string;
  locale: string;
  answers: AnswerRow[];
}

/** The byte-order mark: Excel opens UTF-8 files as UTF-8 only with it. */
const BOM = '\uFEFF';

/**
 * The CSV export of a form's submissions: UTF-8 with a byte-order mark,
 * separated by semicolons (what German spreadsheet programs expect), one
 * column per question as the form asks them (repeated items numbered), and
 * cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab,
 * carriage return) escaped with a leading apostrophe by csv-stringify.
 * @param lines the submissions, already opened and written out in German
 * @returns the file's text
 */
export const submissionsCsv = (lines: readonly ExportLine[]): string => {
  const columns = new Map<string, string>();
  for (const line of lines) {
    for (const row of line.answers) {
      if (!columns.has(row.key)) {
        columns.set(row.key, row.label);
      }
    }
  }
  const keys = [...columns.keys()];
  const header = ['Aktenzeichen', 'Eingegangen am', 'Status', 'Sprache', ...columns.values()];
  const body = lines.map((line) => {
    const byKey = new Map(line.answers.map((row) => [row.key, row.lines.join('\n')]));
    return [
      line.reference,
      line.submittedOn,
      line.status,
      line.locale,
      ...keys.map((key) => byKey.get(key) ?? ''),
    ];
  });
  return (
    BOM +
    stringify([header, ...body], {
      delimiter: ';',
      record_delimiter: 'windows',
      escape_formulas: true,
    })
  );
};
