import { createRequire } from 'node:module';
import path from 'node:path';

// better-sqlite3 is the CMS's dependency; the browser tests borrow it to play the caseworker.
const requireFromCms = createRequire(path.join(__dirname, '../../../../cms/package.json'));

interface Statement {
  get(...params: unknown[]): unknown;
  run(...params: unknown[]): { changes: number };
}
interface SqliteDatabase {
  pragma(source: string): unknown;
  prepare(source: string): Statement;
  close(): void;
}

/**
 * Records a status change of a submission in the CMS's SQLite database, as a
 * caseworker's change in the inbox does: a new history entry and the
 * submission's current status.
 * @param change the submission's stored reference, the new status code, the day
 */
export function recordStatusChange(change: { reference: string; status: string; day: string }) {
  const { reference, status, day } = change;
  const Database = requireFromCms('better-sqlite3') as new (file: string) => SqliteDatabase;
  const db = new Database(path.join(process.env.TEILHABE_BROWSER_LOGS ?? '', 'cms.db'));
  try {
    db.pragma('busy_timeout = 5000');
    const { position } = db
      .prepare(
        'SELECT COALESCE(MAX(position), 0) + 1 AS position FROM teilhabe_submission_events WHERE reference = ?'
      )
      .get(reference) as { position: number };
    const now = Date.now();
    db.prepare(
      `INSERT INTO teilhabe_submission_events (document_id, reference, status, day, position, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`
    ).run(`test${now}${position}`, reference, status, day, position, now, now);
    const changed = db
      .prepare('UPDATE teilhabe_submissions SET status = ? WHERE reference = ?')
      .run(status, reference).changes;
    if (changed !== 1) {
      throw new Error(`no submission ${reference}`);
    }
  } finally {
    db.close();
  }
}
