import os from 'node:os';
import pg from 'pg';

/** Where a benchmark ran. */
export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  postgres: string | null;
}

/**
 * The PostgreSQL server's version, e.g. `PostgreSQL 15.18`.
 * @param url a connection URL, or undefined when PostgreSQL is not part of the run
 */
export const postgresVersion = async (url: string | undefined): Promise<string | null> => {
  if (!url) {
    return null;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const result = await client.query<{ server_version: string }>('SHOW server_version');
  await client.end();
  return `PostgreSQL ${result.rows[0]?.server_version.split(' ')[0]}`;
};

/**
 * This machine: processor, cores, memory, Node and, when given, PostgreSQL.
 * @param pgUrl a PostgreSQL connection URL, when PostgreSQL was measured
 */
export const machineInfo = async (pgUrl?: string): Promise<MachineInfo> => ({
  cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
  cores: os.cpus().length,
  memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
  node: process.version,
  postgres: await postgresVersion(pgUrl),
});

/** The 1-minute load average, rounded to two decimals (other work shares the machine). */
export const loadAverage = (): number => Math.round((os.loadavg()[0] ?? 0) * 100) / 100;

/**
 * Waits until the 1-minute load average is below a threshold (other work
 * shares the machine), checking every 10 s, for at most `maxWaitMs`.
 * @param below the threshold, e.g. 2 on two cores
 * @param maxWaitMs how long to wait at most; then the run goes on and its load is reported
 * @returns the load average when the wait ended
 */
export const waitForQuiet = async (below: number, maxWaitMs: number): Promise<number> => {
  const deadline = Date.now() + maxWaitMs;
  let announced = false;
  while (loadAverage() >= below && Date.now() < deadline) {
    if (!announced) {
      console.log(`Load average ${loadAverage()}: waiting until it is below ${below} …`);
      announced = true;
    }
    await new Promise((resolve) => setTimeout(resolve, 10_000));
  }
  return loadAverage();
};
