import { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

/**
 * Submissions, status lookups and file uploads an address may make per
 * window, by default. A submission may bring a few files, hence more uploads.
 */
export const RATE_LIMITS = {
  submit: { points: 30, duration: 10 * 60 },
  status: { points: 30, duration: 10 * 60 },
  upload: { points: 60, duration: 10 * 60 },
} as const;

export type RateLimitKind = keyof typeof RATE_LIMITS;

/**
 * The requests per window of each kind: `TEILHABE_FORMS_RATE_LIMIT` (a whole
 * number of requests per address and 10 minutes) raises or lowers both, for
 * a city where many residents send from one address (a counselling office,
 * the town hall's public terminals) or for a test run from one machine;
 * uploads get twice that.
 * @param env the environment
 * @param kind submissions or status lookups
 */
export const rateLimitPoints = (env: NodeJS.ProcessEnv, kind: RateLimitKind): number => {
  const configured = Number(env.TEILHABE_FORMS_RATE_LIMIT);
  if (!Number.isInteger(configured) || configured <= 0) {
    return RATE_LIMITS[kind].points;
  }
  return kind === 'upload' ? configured * 2 : configured;
};

/** Counts requests per daily address hash; in memory, or in Redis shared by every CMS instance. */
export interface FormsRateLimiter {
  /** @returns false when the address has used up its requests of this kind */
  consume(kind: RateLimitKind, addressHash: string): Promise<boolean>;
  stop(): void;
}

/**
 * The rate limiter of the forms API: rate-limiter-flexible in memory, or on
 * Redis (ioredis) when `REDIS_URL` is set, so that several CMS instances
 * count together. Keys are daily salted hashes of the client address;
 * addresses themselves never reach the store.
 * @param env the environment (`REDIS_URL`)
 */
export const createRateLimiter = (env: NodeJS.ProcessEnv = process.env): FormsRateLimiter => {
  const redis = env.REDIS_URL
    ? new Redis(env.REDIS_URL, { enableOfflineQueue: false, lazyConnect: false })
    : null;
  const limiters = Object.fromEntries(
    Object.entries(RATE_LIMITS).map(([kind, { duration }]) => [
      kind,
      redis
        ? new RateLimiterRedis({
            storeClient: redis,
            keyPrefix: `teilhabe-forms-${kind}`,
            points: rateLimitPoints(env, kind as RateLimitKind),
            duration,
          })
        : new RateLimiterMemory({
            keyPrefix: kind,
            points: rateLimitPoints(env, kind as RateLimitKind),
            duration,
          }),
    ])
  ) as unknown as Record<RateLimitKind, RateLimiterAbstract>;
  return {
    async consume(kind, addressHash) {
      try {
        await limiters[kind].consume(addressHash);
        return true;
      } catch (error) {
        if (error instanceof RateLimiterRes) {
          return false;
        }
        // The store is unreachable: let the request through rather than refuse everyone.
        return true;
      }
    },
    stop() {
      redis?.disconnect();
    },
  };
};
