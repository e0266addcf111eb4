import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';

/** One problem in one demo data file. */
export interface DataIssue {
  /** The file, relative to the data folder: `directory/offers.ar.yaml`. */
  file: string;
  /** Where in the file: `offers.some-slug.title`, `offers[3].category`; empty for the whole file. */
  path: string;
  message: string;
}

/** Thrown when a demo data file is missing, not YAML, or not of its shape. */
export class DemoDataError extends Error {
  constructor(
    readonly dataDir: string,
    readonly issues: DataIssue[]
  ) {
    super(
      `Invalid demo data in ${dataDir}; nothing was seeded:\n` +
        issues
          .map(
            (issue) => `  ${issue.file}${issue.path ? ` at ${issue.path}` : ''}: ${issue.message}`
          )
          .join('\n')
    );
    this.name = 'DemoDataError';
  }
}

/** `offers[3].links[0].url` from zod's `['offers', 3, 'links', 0, 'url']`. */
export const formatPath = (segments: ReadonlyArray<PropertyKey>): string =>
  segments
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`
    )
    .join('');

/**
 * Reads the files of one data folder and collects every problem, so that one
 * run reports all of them. Problems within a file come first: while any file
 * is broken, what checks across files found is left out (a broken structure
 * file would make every text of it look unknown).
 */
export class DataReader {
  private readonly fileIssues: DataIssue[] = [];
  private readonly crossIssues: DataIssue[] = [];

  constructor(readonly dataDir: string) {}

  /** Records a problem found by a check across files. */
  report(file: string, segments: ReadonlyArray<PropertyKey>, message: string): void {
    this.crossIssues.push({ file, path: formatPath(segments), message });
  }

  private fail(file: string, segments: ReadonlyArray<PropertyKey>, message: string): void {
    this.fileIssues.push({ file, path: formatPath(segments), message });
  }

  /** Whether an optional file (a translation not written yet) is there. */
  exists(file: string): boolean {
    return existsSync(path.join(this.dataDir, file));
  }

  /**
   * Parses one YAML file and checks it against its schema.
   * @returns the parsed data, or `undefined` when the file has problems (recorded)
   */
  read<T extends z.ZodType>(file: string, schema: T): z.infer<T> | undefined {
    let source: string;
    try {
      source = readFileSync(path.join(this.dataDir, file), 'utf8');
    } catch (error) {
      this.fail(file, [], `cannot read the file (${(error as Error).message})`);
      return undefined;
    }
    let data: unknown;
    try {
      // YAML 1.2 core schema: dates and times such as 08:30 stay strings; a key given twice is an error.
      data = parse(source, { uniqueKeys: true, prettyErrors: true });
    } catch (error) {
      this.fail(file, [], `not valid YAML: ${(error as Error).message}`);
      return undefined;
    }
    const result = schema.safeParse(data);
    if (!result.success) {
      for (const problem of result.error.issues) {
        this.fail(file, problem.path, problem.message);
      }
      return undefined;
    }
    return result.data;
  }

  /** Throws {@link DemoDataError} when any problem was recorded. */
  throwIfInvalid(): void {
    const issues = this.fileIssues.length > 0 ? this.fileIssues : this.crossIssues;
    if (issues.length > 0) {
      throw new DemoDataError(this.dataDir, issues);
    }
  }
}
