// The processes of a running app (bench/app-server.ts) and the CPU each kind has used: for the
// profiling scripts (profile-rush.ts, profile-page.ts).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** The processes started under `pid`, with their command lines. */
export function descendants(pid: number): { pid: number; cmd: string }[] {
  const all = readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .flatMap((d) => {
      try {
        const stat = readFileSync(`/proc/${d}/stat`, "utf8");
        const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
        return [{ pid: Number(d), ppid, cmd: readFileSync(`/proc/${d}/cmdline`, "utf8").split("\0").join(" ") }];
      } catch {
        return [];
      }
    });
  const found: { pid: number; cmd: string }[] = [];
  const walk = (p: number) => all.filter((x) => x.ppid === p).forEach((x) => (found.push(x), walk(x.pid)));
  walk(pid);
  return found;
}

/** CPU seconds used so far by each kind of process under `pid` (exited children included). */
export function cpuByKind(pid: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of descendants(pid)) {
    const kind = /^next-server/.test(p.cmd)
      ? "next"
      : /scripts\/run-app\.ts/.test(p.cmd) && p.cmd.includes("--import")
        ? "launcher + front"
        : /postgres/.test(p.cmd)
          ? "postgres"
          : null;
    if (!kind) continue;
    try {
      const stat = readFileSync(`/proc/${p.pid}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // utime, stime, cutime, cstime (fields 14-17) in clock ticks of 1/100 s
      out[kind] = (out[kind] ?? 0) + (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / 100;
    } catch {}
  }
  return out;
}

export const PROFILE_DIR = path.resolve(".scratch/profiles");

/** The environment that starts the CPU profiler (cpu-profile.mjs) in the app's processes matching `match`. */
export function profilingEnv(match: string): Record<string, string> {
  return {
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${pathToFileURL(path.resolve("bench/cpu-profile.mjs"))}`.trim(),
    CPU_PROFILE_MATCH: match,
    CPU_PROFILE_DIR: PROFILE_DIR,
  };
}

/**
 * Asks the profiled processes among `pid`'s (`which`: their command lines) to write what they
 * recorded since the last call; resolves to the new files' names in PROFILE_DIR.
 */
export function profileSnapshots(pid: number, which: RegExp): () => Promise<string[]> {
  const profiled = descendants(pid).filter((p) => which.test(p.cmd));
  return async () => {
    const before = new Set(existsSync(PROFILE_DIR) ? readdirSync(PROFILE_DIR) : []);
    for (const p of profiled) process.kill(p.pid, "SIGUSR2");
    await new Promise((r) => setTimeout(r, 1500));
    return (existsSync(PROFILE_DIR) ? readdirSync(PROFILE_DIR) : []).filter((f) => !before.has(f));
  };
}

/** The summary of one profile (bench/profile-summary.ts), its `top` heaviest functions. */
export function profileSummary(file: string, top: number): string {
  return spawnSync("npx", ["tsx", "bench/profile-summary.ts", path.join(PROFILE_DIR, file), String(top)], { encoding: "utf8" }).stdout;
}
