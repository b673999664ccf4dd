// The bench's report (bench/report.ts): medians and spreads of repeated runs, the verdicts
// against issue 18's targets, and the generated section of docs/performance.md.
import { describe, expect, it } from "vitest";
import type { LoadResult } from "../../bench/load.ts";
import { END_MARKER, renderReport, replaceBetweenMarkers, START_MARKER, verdicts } from "../../bench/report.ts";
import type { BenchResults, PageRow } from "../../bench/results.ts";
import type { RushResult } from "../../bench/rsvp-rush.ts";
import { showSpread, spread } from "../../bench/stats.ts";

const runOf = (rps: number, p99: number, errors = 0): LoadResult => ({ rps, p50: p99 / 2, p99, errors, non2xx: 0, bytesPerRequest: 1000 });
const row = (name: string, visitor: number[], signedIn: number[], signedInP99 = 100): PageRow => ({
  name,
  path: name === "home" ? "/" : `/${name}`,
  connections: 50,
  bytes: 40_000,
  gzipBytes: 8_000,
  visitor: visitor.map((v) => runOf(v, 20)),
  static: visitor.map((v) => runOf(v * 1.1, 15)),
  signedIn: signedIn.map((v) => runOf(v, signedInP99)),
});
const rushOf = (totalMs: number, p99: number, confirmed = 60): RushResult => ({
  people: 300,
  seats: 60,
  totalMs,
  p50: p99 / 2,
  p99,
  errors: 0,
  failures: {},
  confirmed,
  waitlisted: 300 - confirmed,
});
const results = (pages: PageRow[], rush: RushResult[]): BenchResults => ({
  version: 1,
  date: "2027-01-05T10:00:00.000Z",
  commit: "0123456789abcdef0123456789abcdef01234567",
  dirty: false,
  machine: { cpus: 2, model: "Test CPU", memoryGb: 8, platform: "linux 6" },
  node: "v20.20.0",
  secondsPerRun: 6,
  runs: 3,
  pages,
  personal: [{ name: "my RSVPs", path: "/api/v1/me/rsvps", connections: 50, signedIn: [runOf(300, 80), runOf(320, 90), runOf(310, 85)] }],
  rush,
  firstLoadJs: { home: 140_000 },
});

describe("spread", () => {
  it("is the median with the lowest and highest value, in any order", () => {
    expect(spread([30, 10, 20])).toEqual({ median: 20, min: 10, max: 30 });
    expect(spread([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4 });
    expect(showSpread(spread([601, 590, 640]))).toBe("601 (590–640)");
    expect(showSpread(spread([7, 7, 7]), " ms")).toBe("7 ms");
    expect(() => spread([])).toThrow();
  });
});

describe("verdicts", () => {
  it("a signed-in page meets its target at half the visitor's req/s or more, with p99 under 500 ms", () => {
    const v = verdicts(results([row("home", [1000, 900, 1100], [600, 500, 550]), row("schedule", [1000, 1000, 1000], [400, 450, 600])], []));
    expect(v.map((x) => [x.target.split(":")[0], x.met, x.measured])).toEqual([
      ["home", true, "55%, p99 100 ms"],
      ["schedule", false, "45%, p99 100 ms"],
    ]);
    const slow = verdicts(results([row("papers", [100, 100, 100], [90, 90, 90], 700)], []));
    expect(slow[0]).toMatchObject({ met: false, measured: "90%, p99 700 ms" });
  });

  it("pages outside the four a member opens most carry no target", () => {
    expect(verdicts(results([row("speak", [100, 100, 100], [1, 1, 1])], []))).toEqual([]);
  });

  it("the RSVP rush is judged on the median of its runs and needs exact counts in every run", () => {
    const met = verdicts(results([], [rushOf(2500, 1200), rushOf(2900, 1400), rushOf(4000, 3000)]));
    expect(met[0]).toMatchObject({ met: true, measured: "2900 ms, p99 1400 ms, 0 errors, counts exact" });
    const wrong = verdicts(results([], [rushOf(2500, 1200), rushOf(2500, 1200, 61), rushOf(2500, 1200)]));
    expect(wrong[0]).toMatchObject({ met: false, measured: "2500 ms, p99 1200 ms, 0 errors, counts wrong" });
  });

  it("Lighthouse is judged per page on the median score of its runs; a run without it judges nothing", () => {
    const lh = (name: string, scores: number[]) => ({
      name,
      path: name === "home" ? "/" : `/${name}`,
      runs: scores.map((score) => ({ score, fcpMs: 800, lcpMs: 1800, tbtMs: 300 - score, cls: 0, speedIndexMs: 900 })),
    });
    const r = { ...results([], []), lighthouse: [lh("home", [88, 95, 91]), lh("schedule", [97, 72, 89]), lh("speak", [10, 10, 10])] };
    expect(verdicts(r).map((x) => [x.target.split(":")[0], x.met, x.measured])).toEqual([
      ["home", true, "91, total blocking time 209 ms"],
      ["schedule", false, "89, total blocking time 211 ms"],
    ]);
    expect(renderReport(r, "x.json")).toContain("| home (`/`) | 3 | 91 (88–95) | 209 ms (205–212) | 1800 ms | 800 ms | 0, 0, 0 |");
    const failed = { ...results([], []), lighthouse: [lh("papers", [])] };
    expect(verdicts(failed)).toEqual([expect.objectContaining({ met: false, measured: "not measured: every try failed" })]);
    expect(renderReport(failed, "x.json")).toContain("| papers (`/papers`) | 0 | every try failed |");
    expect(verdicts(results([], []))).toEqual([]);
    expect(renderReport(results([], []), "x.json")).toContain("No Lighthouse run in this one");
    expect(renderReport(r, "x.json")).not.toContain("benchmarkIndex");
  });

  it("the report says how fast the machine was when the runs recorded it", () => {
    const runs = [2100, 2400, 2500].map((benchmarkIndex) => ({
      score: 80,
      fcpMs: 800,
      lcpMs: 1800,
      tbtMs: 500,
      cls: 0,
      speedIndexMs: 900,
      benchmarkIndex,
    }));
    const r = { ...results([], []), lighthouse: [{ name: "home", path: "/", runs }] };
    expect(renderReport(r, "x.json")).toContain("Host CPU (Lighthouse's benchmarkIndex, higher is faster): 2400 (2100–2500).");
  });

  it("accessibility, best practices and SEO are judged on every run: one run under 95 misses", () => {
    const run = (accessibility: number, bestPractices: number, seo: number) => ({
      score: 95,
      fcpMs: 800,
      lcpMs: 1800,
      tbtMs: 100,
      cls: 0,
      speedIndexMs: 900,
      accessibility,
      bestPractices,
      seo,
    });
    const r = {
      ...results([], []),
      lighthouse: [
        { name: "home", path: "/", runs: [run(100, 96, 100), run(98, 100, 100)] },
        { name: "papers", path: "/papers", runs: [run(100, 100, 100), run(94, 100, 100)] },
      ],
    };
    const judged = verdicts(r).filter((v) => v.target.includes("accessibility"));
    expect(judged.map((v) => [v.target.split(":")[0], v.met])).toEqual([
      ["home", true],
      ["papers", false],
    ]);
    expect(judged[0].measured).toBe("accessibility 99, best practices 98, SEO 100");
    expect(renderReport(r, "x.json")).toContain("| papers (`/papers`) | 97 (94–100) | 100 | 100 |");
  });
});

describe("the generated section of docs/performance.md", () => {
  const report = renderReport(results([row("home", [1000, 900, 1100], [600, 500, 550])], [rushOf(2500, 1200)]), "../bench/results/x.json");

  it("names its source and commit, and shows each cell's median and spread", () => {
    expect(report).toContain("`../bench/results/x.json`: commit `0123456789ab`");
    expect(report).toContain("| home (`/`) | 50 | 1000 (900–1100) | 20 ms | 1100 (990–1210) | 91% | 550 (500–600) | 100 ms | 55% | 8 kB |");
    expect(report).toContain("| my RSVPs (`/api/v1/me/rsvps`) | 50 | 310 (300–320) | 43 ms (40–45) | 85 ms (80–90) |");
    expect(report).toContain("| home: signed-in ≥ 50% of the visitor's req/s, p99 < 500 ms | **met**: 55%, p99 100 ms |");
  });

  it("replaces only what lies between the markers", () => {
    const doc = `# Performance\n\nintro\n${START_MARKER}\nold table\n${END_MARKER}\n\nhistory\n`;
    const updated = replaceBetweenMarkers(doc, "new table");
    expect(updated).toBe(`# Performance\n\nintro\n${START_MARKER}\nnew table\n${END_MARKER}\n\nhistory\n`);
    expect(replaceBetweenMarkers(updated, "newer")).toBe(`# Performance\n\nintro\n${START_MARKER}\nnewer\n${END_MARKER}\n\nhistory\n`);
    expect(() => replaceBetweenMarkers("# no markers", "x")).toThrow(/markers|section/);
  });
});
