import type { Server } from 'node:http';
import fc from 'fast-check';
import request from 'supertest';
import { internalDetails } from './fuzz-leaks';

/** One HTTP request, as generated. */
export interface FuzzRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';
  url: string;
  headers?: Record<string, string>;
  /** The raw body, sent as is. */
  body?: string;
}

/** What came back, unparsed. */
export interface FuzzAnswer {
  status: number;
  contentType: string;
  text: string;
}

/** The answer as text, whatever its content type says. */
const rawText = (response: request.Response, done: (error: Error | null, body: string) => void) => {
  const stream = response as unknown as NodeJS.ReadableStream;
  let text = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    text += chunk;
  });
  stream.on('end', () => done(null, text));
};

/** Sends one request to the mounted cms; a request that hangs fails after 30 s. */
export const send = async (server: Server, fuzz: FuzzRequest): Promise<FuzzAnswer> => {
  const agent = request(server);
  const method = fuzz.method.toLowerCase() as
    'get' | 'post' | 'put' | 'patch' | 'delete' | 'options';
  let pending = agent[method](fuzz.url)
    .timeout({ response: 30_000, deadline: 60_000 })
    .buffer(true)
    .parse(rawText);
  for (const [name, value] of Object.entries(fuzz.headers ?? {})) {
    pending = pending.set(name, value);
  }
  const response = fuzz.body === undefined ? await pending : await pending.send(fuzz.body);
  return {
    status: response.status,
    contentType: String(response.headers['content-type'] ?? ''),
    text: typeof response.body === 'string' ? response.body : (response.text ?? ''),
  };
};

const hasInternalErrorCode = (body: unknown): boolean =>
  Array.isArray((body as { errors?: unknown })?.errors) &&
  (body as { errors: Array<{ extensions?: { code?: string } }> }).errors.some(
    (error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR'
  );

/** What an answer is checked against. */
export interface AnswerRules {
  /** Texts that exist only in drafts. */
  draftMarkers: string[];
  /** Field suggestions are allowed (development, where introspection is on anyway). */
  suggestions?: boolean;
}

/**
 * What is wrong with an answer of the public API: a server error (a 5xx
 * status, or an answered request carrying a GraphQL error the server
 * classed as internal, i.e. an unhandled exception), an answer that is not
 * JSON (an empty 204 excepted), internal details (stack traces, file paths,
 * SQL, library error classes, field suggestions), or text that exists only
 * in drafts.
 * @returns one line per problem; empty when the answer is fine
 */
export const answerProblems = (answer: FuzzAnswer, rules: AnswerRules): string[] => {
  const problems: string[] = [];
  if (answer.status >= 500) {
    problems.push(`status ${answer.status}`);
  }
  let body: unknown;
  if (answer.status === 204) {
    if (answer.text !== '') {
      problems.push('a body on 204');
    }
  } else if (!answer.contentType.includes('application/json')) {
    problems.push(`not JSON but "${answer.contentType}"`);
  } else {
    try {
      body = JSON.parse(answer.text);
    } catch {
      problems.push('invalid JSON');
    }
  }
  if (answer.status < 400 && hasInternalErrorCode(body)) {
    problems.push('INTERNAL_SERVER_ERROR');
  }
  problems.push(
    ...internalDetails(answer.text, body).filter(
      (detail) => !(rules.suggestions && detail === 'field suggestion')
    )
  );
  for (const marker of rules.draftMarkers) {
    if (answer.text.includes(marker)) {
      problems.push(`draft marker ${marker}`);
    }
  }
  return problems;
};

/** The seed of a run: `TEILHABE_FUZZ_SEED`, or a fixed default so that CI repeats itself. */
export const fuzzSeed = (): number => {
  const configured = Number(process.env.TEILHABE_FUZZ_SEED);
  return Number.isInteger(configured) ? configured : 20_261_202;
};

const shorten = (text: string, length = 600) =>
  text.length > length ? `${text.slice(0, length)}… (${text.length} characters)` : text;

/**
 * Runs a generated-request property with fast-check: every request is sent
 * and its answer checked with {@link answerProblems}. On failure the error
 * names the smallest failing request, its answer and how to replay it:
 * `TEILHABE_FUZZ_SEED=<seed> TEILHABE_FUZZ_PATH=<path>`.
 * @param name the Jest test name (for the replay command)
 * @param offset added to the base seed, one per property
 */
export const checkRequests = async <T>(options: {
  name: string;
  offset: number;
  arbitrary: fc.Arbitrary<T>;
  toRequest: (value: T) => FuzzRequest;
  server: Server;
  runs: number;
  rules: AnswerRules;
  onAnswer?: () => void;
}): Promise<void> => {
  const base = fuzzSeed();
  const seed = base + options.offset;
  const path = process.env.TEILHABE_FUZZ_PATH || undefined;
  let failure = '';
  const details = await fc.check(
    fc.asyncProperty(options.arbitrary, async (value) => {
      const fuzz = options.toRequest(value);
      const answer = await send(options.server, fuzz);
      options.onAnswer?.();
      const problems = answerProblems(answer, options.rules);
      if (problems.length > 0) {
        failure = [
          `${problems.join(', ')}`,
          `request: ${fuzz.method} ${shorten(fuzz.url, 300)} ${JSON.stringify(fuzz.headers ?? {})}`,
          `body: ${shorten(fuzz.body ?? '')}`,
          `answer: ${answer.status} ${answer.contentType} ${shorten(answer.text)}`,
        ].join('\n');
        return false;
      }
      return true;
    }),
    { seed, path, numRuns: path ? 1 : options.runs, endOnFailure: false }
  );
  if (details.failed) {
    throw new Error(
      [
        `${options.name}: failed after ${details.numRuns} runs (seed ${seed}, path ${details.counterexamplePath}).`,
        failure,
        `Replay: TEILHABE_FUZZ_SEED=${base} TEILHABE_FUZZ_PATH=${details.counterexamplePath} ` +
          `pnpm exec jest --config jest.config.mjs --selectProjects api ` +
          `--testPathPatterns public-api-fuzz -t '${options.name}'`,
        failure ? '' : String(details.errorInstance),
      ].join('\n')
    );
  }
};
