import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Client } from '../shared/databases.ts';

/**
 * Empties the forms benchmark's database and writes the demo forms into it
 * (`seed.ts`, in a process of its own).
 * @param client sqlite or postgres
 */
export const prepareFormsDatabase = (client: Client): void => {
  const run = spawnSync(process.execPath, [path.join(import.meta.dirname, 'seed.ts'), client], {
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    throw new Error(`Seeding the forms on ${client} failed (exit ${run.status}).`);
  }
};

/**
 * How many submissions the database holds.
 * @param select a direct query on the database
 */
export const countStored = async (select: <T>(sql: string) => Promise<T[]>): Promise<number> => {
  const [row] = await select<{ n: number | string }>(
    'SELECT COUNT(*) AS n FROM teilhabe_submissions'
  );
  return Number(row?.n ?? 0);
};
