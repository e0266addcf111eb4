/** The outcome of a `strapi start` child process. */
export interface CmsRun {
  /** Exit code, or `null` while it is still running. */
  exitCode(): number | null;
  output(): string;
  url: string;
  /** Process id, e.g. to read its memory. */
  pid: number;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
  /** Resolves when `/_health` answers, rejects when the process exits first. */
  ready(timeoutMs?: number): Promise<void>;
  exited(): Promise<number | null>;
}

/**
 * Starts the built cms with `strapi start` in a child process, as production
 * would, on a free loopback port.
 * @param env database, secrets and plugin location, on top of this process's environment
 */
export declare const startCmsProcess: (env: Record<string, string>) => Promise<CmsRun>;

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export declare const freePort: () => Promise<number>;
