import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Client } from '../shared/databases.ts';
import { machineInfo, type MachineInfo } from '../shared/machine.ts';

/**
 * Runs a measurement on each database in turn, keeping the results of
 * earlier runs for the databases not measured this time (one JSON file,
 * written after each database), and describes the machine for the report.
 * @param file the results file in `bench/.data`
 * @param clients the databases to measure now
 * @param measure the measurement of one database
 * @returns every database's latest result, and the machine
 */
export const measureEachDatabase = async <T extends { client: Client }>(
  file: string,
  clients: Client[],
  measure: (client: Client) => Promise<T>
): Promise<{ results: T[]; machine: MachineInfo }> => {
  const previous: T[] = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T[]) : [];
  const results = new Map(previous.map((result) => [result.client, result]));
  for (const client of clients) {
    results.set(client, await measure(client));
    writeFileSync(file, JSON.stringify([...results.values()], null, 2));
  }
  const pgUrl = process.env.TEILHABE_BENCH_PG_URL ?? process.env.TEILHABE_TEST_PG_URL;
  const machine = await machineInfo(results.has('postgres') ? pgUrl : undefined);
  return { results: [...results.values()], machine };
};
