import path from 'path';
import type { Core } from '@strapi/strapi';
import {
  reusePreparedStatements,
  type PreparingConnection,
} from '../src/database/sqlite-statement-cache';

/**
 * SQLite (embedded, the default) or PostgreSQL (`DATABASE_CLIENT=postgres`,
 * with `DATABASE_URL` or the `DATABASE_*` variables). A relative SQLite file
 * name is resolved against the app root, an absolute one is kept.
 */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const client = env('DATABASE_CLIENT', 'sqlite');
  const appRoot = path.join(__dirname, '..', '..');

  if (client === 'postgres') {
    const url = env('DATABASE_URL', '');
    return {
      connection: {
        client: 'postgres',
        connection: {
          // pg lets a connection string override the single settings.
          ...(url ? { connectionString: url } : {}),
          host: env('DATABASE_HOST', '127.0.0.1'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'teilhabe'),
          user: env('DATABASE_USERNAME', 'teilhabe'),
          password: env('DATABASE_PASSWORD', ''),
          ssl: env.bool('DATABASE_SSL', false) && {
            rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
          },
          schema: env('DATABASE_SCHEMA', 'public'),
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }

  if (client !== 'sqlite') {
    throw new Error(`Unsupported DATABASE_CLIENT "${client}": use "sqlite" or "postgres".`);
  }

  // SQLite keeps its defaults, a rollback journal with synchronous=FULL: a
  // committed transaction (an acknowledged submission) survives a crash or a
  // power cut. WAL would let readers run beside the one writer, but with
  // synchronous=NORMAL, its usual partner, the last commits can be lost on
  // power failure; production with several processes runs on PostgreSQL anyway.
  return {
    connection: {
      client: 'sqlite',
      connection: {
        filename: path.resolve(appRoot, env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
      pool: {
        // Runs after Strapi's own set-up of each connection (pragmas).
        afterCreate: (connection: unknown, done: (error?: Error, connection?: unknown) => void) =>
          done(undefined, reusePreparedStatements(connection as PreparingConnection)),
      },
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
    },
  };
};

export default config;
