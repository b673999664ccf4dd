// Lighthouse's scores of the public pages as a phone gets them (its default: mobile emulation,
// simulated slow 4G and a 4× slower CPU) — performance (issue 18), and accessibility, best
// practices and SEO (issue 19) from the same load — against the running production app, with
// the system Chromium (CHROME_PATH, else /usr/bin/chromium; Debian's `chromium` package). Each
// page `runs` times, the pages interleaved, on an otherwise idle machine (after the load runs).
// Lighthouse 12.2.3 exactly: 13 needs Node 22.
import { existsSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export type LighthouseRun = {
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  /**
   * Lighthouse's measure of this machine's CPU at the time (higher is faster). Its phone is this
   * machine slowed 4×, so the same page scores lower on a slower or busier host: read scores
   * from two machines side by side with it. Absent in results before 2026-12-07's second run.
   */
  benchmarkIndex?: number;
  /** The other categories, 0–100 (absent in results before issue 19's run). */
  accessibility?: number;
  bestPractices?: number;
  seo?: number;
  /** The audits of those categories that did not pass, by id (what to fix when a score is under 100). */
  failedAudits?: string[];
};
export type LighthouseRow = { name: string; path: string; runs: LighthouseRun[] };

export const chromePath = () => process.env.CHROME_PATH || "/usr/bin/chromium";

/**
 * One page in a Chromium of its own. Lighthouse sometimes loses the trace of a load (NO_NAVSTART,
 * "run Lighthouse again"): tried up to 3 times; null (printed) when every try failed, so that a
 * bench run is never lost to it.
 */
async function measure(chromium: string, url: string): Promise<LighthouseRun | null> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const chrome = await chromeLauncher.launch({
      chromePath: chromium,
      chromeFlags: [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        // No calls home: this machine's closed network refuses them, and they cost the page's CPU.
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
        logLevel: "error",
        output: "json",
      });
      const lhr = result?.lhr;
      if (!lhr || lhr.runtimeError) throw new Error(lhr?.runtimeError?.message ?? "no result");
      const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      const category = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      return {
        score: Math.round((lhr.categories.performance.score ?? 0) * 100),
        fcpMs: Math.round(value("first-contentful-paint")),
        lcpMs: Math.round(value("largest-contentful-paint")),
        tbtMs: Math.round(value("total-blocking-time")),
        cls: Math.round(value("cumulative-layout-shift") * 1000) / 1000,
        speedIndexMs: Math.round(value("speed-index")),
        benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
        accessibility: category("accessibility"),
        bestPractices: category("best-practices"),
        seo: category("seo"),
        failedAudits: ["accessibility", "best-practices", "seo"].flatMap((id) =>
          (lhr.categories[id]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${id}/${ref.id}`),
        ),
      };
    } catch (error) {
      console.error(`[bench] Lighthouse on ${url}, try ${attempt} of 3: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      chrome.kill();
    }
  }
  return null;
}

/** The scores, or null (with the reason printed) when there is no Chromium to run them in. */
export async function lighthouseScores(baseUrl: string, pages: Record<string, string>, runs: number): Promise<LighthouseRow[] | null> {
  const chromium = chromePath();
  if (!existsSync(chromium)) {
    console.error(`[bench] Lighthouse skipped: no Chromium at ${chromium} (apt-get install chromium, or set CHROME_PATH)`);
    return null;
  }
  const rows: LighthouseRow[] = Object.entries(pages).map(([name, path]) => ({ name, path, runs: [] }));
  for (let run = 0; run < runs; run++) {
    for (const row of rows) {
      const measured = await measure(chromium, `${baseUrl}${row.path}`);
      if (!measured) continue;
      row.runs.push(measured);
      const failed = measured.failedAudits?.length ? `; not passed: ${measured.failedAudits.join(", ")}` : "";
      console.error(
        `[bench] Lighthouse run ${run + 1}/${runs} ${row.name}: ${measured.score}, TBT ${measured.tbtMs} ms, LCP ${measured.lcpMs} ms${failed}`,
      );
    }
  }
  return rows;
}
