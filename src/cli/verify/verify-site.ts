/**
 * `npm run verify`: the site-wide checks any council runs on its own build. The file checks (valid
 * HTML, links and anchors, the Content-Security-Policy, page budgets, hidden small numbers) run in a
 * worker thread while Chromium visits every page (axe, requests to other sites, policy violations),
 * so the two take as long as the longer of them.
 */
import { Worker } from 'node:worker_threads';
import { htmlPages } from '../built-site/files.ts';
import type { CheckResult } from './check.ts';
import { browserChecks, crawl } from './in-browser.ts';

export interface VerifyOptions {
  /** The built site's folder. */
  site: string;
  /** The content it was built from: the hidden figures are worked out from it. */
  contentDir: string;
  /** Visit the pages in Chromium too (the default). */
  browser?: boolean;
  /** The addresses Chromium visits, when not every page in the sitemap. */
  pages?: readonly string[];
}

function inWorker(site: string, contentDir: string): Promise<CheckResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./static-checks-worker.ts', import.meta.url), {
      workerData: { site, contentDir },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the file checks stopped with exit code ${code}`));
    });
  });
}

export async function verifySite(options: VerifyOptions): Promise<CheckResult[]> {
  if (htmlPages(options.site).length === 0) {
    return [
      {
        name: 'A built site',
        checked: options.site,
        problems: [`there are no HTML pages in ${options.site}: run npm run build first`],
      },
    ];
  }
  const browser = options.browser === false ? undefined : crawl(options.site, options.pages);
  // Both start before either is awaited; a failure of one still lets the other finish first.
  const [files, visits] = await Promise.allSettled([inWorker(options.site, options.contentDir), browser]);
  if (files.status === 'rejected') throw files.reason;
  if (visits.status === 'rejected') throw visits.reason;
  return [...files.value, ...(visits.value ? browserChecks(visits.value) : [])];
}

/** The report as a council officer reads it: one line per check, its problems under it. */
export function formatReport(results: readonly CheckResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    const mark = result.problems.length === 0 ? '✓' : '✗';
    lines.push(`${mark} ${result.name}: ${result.checked}`);
    for (const problem of result.problems) lines.push(`    ${problem}`);
  }
  const failed = results.filter((r) => r.problems.length > 0).length;
  lines.push(
    failed === 0
      ? `\n✓ All ${results.length} checks passed.`
      : `\n✗ ${failed} of ${results.length} checks found problems.`,
  );
  return lines.join('\n');
}
