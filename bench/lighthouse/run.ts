/**
 * The Lighthouse benchmark: `pnpm --filter @teilhabe/bench lighthouse [options]`.
 *
 * Starts the built CMS in demo mode (SQLite in `bench/.data/`, seeded on the
 * first run) and the built portal, then audits home, directory, a filtered
 * directory, an offer and a CMS page in German and Arabic with Lighthouse's
 * mobile defaults in Debian's Chromium. Results go to
 * `bench/.data/lighthouse-results.json` and into `docs/benchmarks.md`.
 *
 * Options: --runs 3  --chromium /usr/bin/chromium
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { commandLineArgs } from '../shared/cli.ts';
import { machineInfo } from '../shared/machine.ts';
import { BENCHMARKS_DOC, DATA_DIR } from '../shared/paths.ts';
import { startDemoCms } from '../shared/demo-cms.ts';
import { startPortal } from '../shared/portal-process.ts';
import { auditPage, type PageAudit } from './audit.ts';
import { renderLighthouseReport, type LighthouseRow } from './report.ts';

const { values: options } = parseArgs({
  args: commandLineArgs(),
  options: {
    runs: { type: 'string', default: '3' },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
  },
});
const runs = Number(options.runs);
const chromePath = options.chromium;

/** The first link of a page whose path starts with `prefix`. */
const firstLink = (html: string, prefix: string): string => {
  const match = new RegExp(`href="(${prefix}[a-z0-9-]+)"`).exec(html);
  if (!match?.[1]) {
    throw new Error(`no link to ${prefix}… found`);
  }
  return match[1];
};

/** The run in the middle by performance score: one slow or fast outlier does not decide. */
const median = (audits: PageAudit[]): PageAudit =>
  [...audits].sort((a, b) => (a.performance ?? 0) - (b.performance ?? 0))[
    Math.floor(audits.length / 2)
  ]!;

const cms = await startDemoCms('lighthouse');
const rows: LighthouseRow[] = [];
try {
  await cms.ready(600_000);
  const portal = await startPortal(cms.url);
  try {
    const directory = await (await fetch(`${portal.url}/de/angebote`)).text();
    const home = await (await fetch(`${portal.url}/de`)).text();
    const offer = firstLink(directory, '/de/angebote/').slice('/de'.length);
    const page = firstLink(home, '/de/seiten/').slice('/de'.length);
    const pages: Record<string, string> = {
      home: '',
      directory: '/angebote',
      'filtered directory': '/angebote?category=language-course&level=A1',
      offer,
      'CMS page': page,
    };
    for (const locale of ['de', 'ar']) {
      for (const [name, pagePath] of Object.entries(pages)) {
        const pathname = `/${locale}${pagePath}`;
        // Warms the page cache: the audits measure what a resident gets.
        await fetch(`${portal.url}${pathname}`);
        const audits: PageAudit[] = [];
        for (let run = 0; run < runs; run++) {
          audits.push(await auditPage(`${portal.url}${pathname}`, chromePath));
        }
        const chosen = median(audits);
        rows.push({ page: `${name} (${locale})`, path: pathname, ...chosen });
        console.log(
          `${pathname}: performance ${chosen.performance}, accessibility ${chosen.accessibility}, best practices ${chosen.bestPractices}, SEO ${chosen.seo}`
        );
      }
    }
  } finally {
    await portal.stop();
  }
} finally {
  await cms.stop();
}

const require = createRequire(import.meta.url);
const lighthouseVersion = (require('lighthouse/package.json') as { version: string }).version;
const chromium = execFileSync(chromePath, ['--version'], {
  encoding: 'utf8',
  // Debian's wrapper script complains on stderr about its own memory check.
  stdio: ['ignore', 'pipe', 'ignore'],
}).trim();
const machine = await machineInfo();
writeFileSync(
  path.join(DATA_DIR, 'lighthouse-results.json'),
  JSON.stringify({ machine, lighthouse: lighthouseVersion, chromium, rows }, null, 2)
);
renderLighthouseReport(BENCHMARKS_DOC, {
  machine,
  lighthouse: lighthouseVersion,
  chromium,
  runs,
  rows,
  command: `pnpm --filter @teilhabe/bench lighthouse -- --runs ${runs}`,
});
console.log('written to docs/benchmarks.md');
