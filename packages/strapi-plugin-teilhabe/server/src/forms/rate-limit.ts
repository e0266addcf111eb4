import { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

/** Submissions and status lookups an address may make per window. */
export const RATE_LIMITS = {
  submit: { points: 30, duration: 10 * 60 },
  status: { points: 30, duration: 10 * 60 },
} as const;

export type RateLimitKind = keyof typeof RATE_LIMITS;

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
    Object.entries(RATE_LIMITS).map(([kind, { points, duration }]) => [
      kind,
      redis
        ? new RateLimiterRedis({
            storeClient: redis,
            keyPrefix: `teilhabe-forms-${kind}`,
            points,
            duration,
          })
        : new RateLimiterMemory({ keyPrefix: kind, points, duration }),
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
