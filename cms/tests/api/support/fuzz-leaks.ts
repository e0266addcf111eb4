/**
 * What an answer of the public API must never contain: traces of the code,
 * the file system, the database or the libraries behind it.
 */

interface Pattern {
  name: string;
  pattern: RegExp;
}

/** Anywhere in an answer: stack traces, file paths, runtime error classes. */
const EVERYWHERE: Pattern[] = [
  { name: 'stacktrace', pattern: /stacktrace/i },
  { name: 'stack frame', pattern: /\bat (?:async )?[\w$.<>[\] ]*\((?:\/|node:|file:)/ },
  {
    name: 'stack frame',
    pattern: /\bat (?:Object|Function|Module|process|new|Array|Promise)\.[\w$<>]/,
  },
  { name: 'stack frame', pattern: /\bat (?:\/|node:internal|file:\/\/)/ },
  {
    name: 'file path',
    pattern: /(?:^|[\s"'(=:])\/(?:work|home|root|usr|opt|srv|tmp|var\/lib)\/\S/,
  },
  { name: 'file path', pattern: /node_modules/ },
  { name: 'file path', pattern: /\.(?:[cm]?js|ts):\d+/ },
  { name: 'file path', pattern: /file:\/\// },
  {
    name: 'runtime error class',
    pattern:
      /\b(?:TypeError|ReferenceError|RangeError|EvalError|URIError|InternalError|SqliteError|DatabaseError|AssertionError|KnexTimeoutError|AggregateError|NonErrorThrown)\b/,
  },
  { name: 'runtime error class', pattern: /(?<!Syntax )\bError: / },
  { name: 'node error code', pattern: /\bERR_[A-Z][A-Z_]{3,}\b/ },
  { name: 'runtime error class', pattern: /Unexpected error value/ },
];

/** In error messages: SQL and the names of the database and its libraries. */
const IN_ERRORS: Pattern[] = [
  { name: 'SQL', pattern: /\bselect\b[\s\S]{0,400}?\bfrom\b/i },
  { name: 'SQL', pattern: /\binsert\s+into\b|\bdelete\s+from\b/i },
  { name: 'SQL', pattern: /\bupdate\s+["`\w.]+\s+set\b/i },
  { name: 'SQL', pattern: /\bwhere\b[\s\S]{0,120}?(?:=|\blike\b|\bin\b)\s*[($?]/i },
  { name: 'SQL', pattern: /[`"]t\d+[`"]\.[`"]/ },
  { name: 'database', pattern: /sqlite|\bknex\b|better-sqlite3|postgres|\bpg_\w+|\bSQLSTATE\b/i },
  {
    name: 'database',
    pattern: /relation "|column "|syntax error at or near|invalid byte sequence/i,
  },
  {
    name: 'database',
    pattern: /violates \w+ constraint|duplicate key value|too many SQL variables/i,
  },
];

/** Schema details offered to a guesser. */
const SUGGESTIONS: Pattern = { name: 'field suggestion', pattern: /Did you mean/ };

/** Every text inside the errors of an answer: GraphQL `errors` and REST `error`, with their details. */
export const errorTexts = (body: unknown): string[] => {
  const texts: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') {
      texts.push(value);
    } else if (Array.isArray(value)) {
      value.forEach(collect);
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        texts.push(key);
        collect(inner);
      }
    }
  };
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      collect(record.errors);
      collect(record.error);
    }
  };
  visit(body);
  return texts;
};

/**
 * Internal details in an answer, by kind; empty when there are none.
 * @param text the raw answer
 * @param body the parsed answer, when it is JSON
 */
export const internalDetails = (text: string, body?: unknown): string[] => {
  const found = new Set<string>();
  for (const { name, pattern } of EVERYWHERE) {
    if (pattern.test(text)) {
      found.add(name);
    }
  }
  const errors = body === undefined ? [text] : errorTexts(body);
  for (const error of errors) {
    for (const { name, pattern } of [...IN_ERRORS, SUGGESTIONS]) {
      if (pattern.test(error)) {
        found.add(name);
      }
    }
  }
  return [...found];
};

/**
 * True when a generated input could itself look like a leak once an error
 * message repeats it; such inputs are not generated.
 */
export const looksInternal = (input: string): boolean =>
  internalDetails(input).length > 0 ||
  /select|from|where|insert|delete|update|stack|error|sql|knex|pg_|relation|column|mean/i.test(
    input
  );
