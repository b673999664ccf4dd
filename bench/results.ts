// A bench run as data: what was measured, on what, at which commit. `npm run bench` writes one
// file per run under bench/results/ (committed alongside the change it measured), and
// docs/performance.md's tables are generated from the newest one (bench/report.ts).
import { execSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { LighthouseRow } from "./lighthouse.ts";
import type { LoadResult } from "./load.ts";
import type { RushResult } from "./rsvp-rush.ts";

export const RESULTS_DIR = path.join(import.meta.dirname, "results");

/** One page at one number of connections: each kind measured `runs` times, interleaved. */
export type PageRow = {
  name: string;
  path: string;
  connections: number;
  /** The page's HTML as a visitor gets it, and gzipped as it is sent. */
  bytes: number;
  gzipBytes: number;
  visitor: LoadResult[];
  /** A minimal static server answering the visitor's bytes (precompressed): the yardstick. */
  static: LoadResult[];
  /** A signed-in member's view of the page: the page request with their session cookie. */
  signedIn: LoadResult[];
};

/** A personal read (what a signed-in page could fetch for its personal layer), signed-in only. */
export type PersonalRow = { name: string; path: string; connections: number; signedIn: LoadResult[] };

export type BenchResults = {
  version: 1;
  date: string;
  commit: string;
  /** Uncommitted changes were in the working tree when it ran. */
  dirty: boolean;
  machine: { cpus: number; model: string; memoryGb: number; platform: string };
  node: string;
  secondsPerRun: number;
  runs: number;
  pages: PageRow[];
  personal: PersonalRow[];
  rush: RushResult[];
  /** First-load JavaScript per public page, bytes gzipped. */
  firstLoadJs: Record<string, number>;
  /** Lighthouse (mobile) performance of the public pages; absent in older files or without Chromium. */
  lighthouse?: LighthouseRow[];
};

function git(args: string): string {
  try {
    return execSync(`git ${args}`, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "";
  }
}

export function describeMachine(): Pick<BenchResults, "commit" | "dirty" | "machine" | "node"> {
  return {
    commit: git("rev-parse HEAD") || "unknown",
    dirty: git("status --porcelain --untracked-files=no") !== "",
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model.trim() ?? "unknown",
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      platform: `${os.platform()} ${os.release()}`,
    },
    node: process.version,
  };
}

export function writeResults(results: BenchResults): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${results.date.replace(/[:.]/g, "-")}-${results.commit.slice(0, 7)}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}

/** The newest results file (names start with the run's date), or null when there is none. */
export function latestResultsFile(dir = RESULTS_DIR): string | null {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".json"));
  } catch {
    return null;
  }
  const newest = names.sort().at(-1);
  return newest ? path.join(dir, newest) : null;
}

export function readResults(file: string): BenchResults {
  const results = JSON.parse(readFileSync(file, "utf8")) as BenchResults;
  if (results.version !== 1) throw new Error(`${file}: results version ${String(results.version)}, expected 1`);
  return results;
}
