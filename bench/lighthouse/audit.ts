import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

/** The four category scores of one Lighthouse run, 0 to 1. */
export interface CategoryScores {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
}

/** One audited page: its scores and the metrics behind the performance score. */
export interface PageAudit extends CategoryScores {
  firstContentfulPaintMs: number | null;
  largestContentfulPaintMs: number | null;
  totalBlockingTimeMs: number | null;
  cumulativeLayoutShift: number | null;
  /** Audits of the three non-performance categories that did not pass, by id. */
  failedAudits: string[];
}

/**
 * Flags for Debian's Chromium on these machines: headless as root, and no
 * background connections, which the closed network refuses.
 */
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const numeric = (value: number | undefined | null) =>
  typeof value === 'number' ? Math.round(value) : null;

/**
 * Audits one URL with Lighthouse's mobile defaults (Moto G Power screen,
 * simulated slow 4G and 4× CPU slowdown) in a fresh Chromium.
 * @param url the page to audit
 * @param chromePath the Chromium binary
 */
export const auditPage = async (url: string, chromePath: string): Promise<PageAudit> => {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) {
      throw new Error(`Lighthouse returned nothing for ${url}`);
    }
    const { lhr } = result;
    if (lhr.runtimeError) {
      throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
    }
    const score = (id: string) => lhr.categories[id]?.score ?? null;
    const failedAudits = CATEGORIES.filter((id) => id !== 'performance').flatMap((id) =>
      (lhr.categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => ref.id)
    );
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      firstContentfulPaintMs: numeric(lhr.audits['first-contentful-paint']?.numericValue),
      largestContentfulPaintMs: numeric(lhr.audits['largest-contentful-paint']?.numericValue),
      totalBlockingTimeMs: numeric(lhr.audits['total-blocking-time']?.numericValue),
      cumulativeLayoutShift:
        Math.round((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0) * 1000) / 1000,
      failedAudits,
    };
  } finally {
    chrome.kill();
  }
};
