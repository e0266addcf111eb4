import type { Core } from '@strapi/types';

/**
 * One start at a time on one PostgreSQL database. Several CMS processes that
 * start together would otherwise run Strapi's migrations and schema sync,
 * the search index's rebuild, the permissions' and the admin's set-up, and
 * the demo seed side by side: tables created twice, rows written twice. The
 * plugin's `register()` takes a session-level advisory lock (on a connection
 * of Strapi's own knex pool, held for the whole start) before any of that;
 * the CMS's `bootstrap()` gives it back as its last step. The next process
 * then finds everything done and does nothing. A process that dies holding
 * it loses its session, and the lock with it. SQLite serves one process: no
 * lock there.
 */

/** The lock's key, `hashtext('teilhabe-startup')`, in PostgreSQL's lock table. */
const STARTUP_LOCK = 'teilhabe-startup';

interface PgConnection {
  query(sql: string, values?: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }>;
}

interface KnexClient {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<void>;
}

/** `strapi.plugin('teilhabe').service('startup-lock')`. */
export interface StartupLockService {
  /** Waits until no other process of this database is starting; a no-op on SQLite. */
  acquire(): Promise<void>;
  /** Lets the next process start; a no-op when not held. */
  release(): Promise<void>;
}

/**
 * The plugin service that holds the start-up lock.
 * @param params the Strapi instance
 * @returns the service
 */
export const startupLockService = ({ strapi }: { strapi: Core.Strapi }): StartupLockService => {
  let held: PgConnection | null = null;
  const client = () => strapi.db.connection.client as unknown as KnexClient;

  return {
    async acquire() {
      if (held || strapi.config.get<string>('database.connection.client') !== 'postgres') {
        return;
      }
      const connection = await client().acquireConnection();
      try {
        const tried = await connection.query(
          'SELECT pg_try_advisory_lock(hashtext($1)) AS locked',
          [STARTUP_LOCK]
        );
        if (tried.rows[0]?.locked !== true) {
          strapi.log.info('[teilhabe] Another CMS process is starting; waiting for it to finish.');
          await connection.query('SELECT pg_advisory_lock(hashtext($1))', [STARTUP_LOCK]);
        }
      } catch (error) {
        await client().releaseConnection(connection);
        throw error;
      }
      held = connection;
      strapi.log.info('[teilhabe] Start-up lock taken: start-up work runs in this process now.');
    },
    async release() {
      const connection = held;
      if (!connection) {
        return;
      }
      held = null;
      try {
        await connection.query('SELECT pg_advisory_unlock(hashtext($1))', [STARTUP_LOCK]);
      } finally {
        await client().releaseConnection(connection);
      }
    },
  };
};
