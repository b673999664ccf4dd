// The RSVP rush alone, several rounds on one running app, with a CPU profile of the Next.js
// server (and of the launcher, which runs the front) for each round:
//   npx tsx bench/profile-rush.ts [--rounds 3] [--people 300] [--no-profile]
// Profiles land in .scratch/profiles/<pid>-<round>.cpuprofile, each with a summary printed by
// bench/profile-summary.ts. Builds .next-bench first when missing, as `npm run bench` does.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { buildIfNeeded, runScript, startApp } from "./app-server.ts";
import { rsvpRush } from "./rsvp-rush.ts";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const rounds = option("--rounds", 3);
const people = option("--people", 300);
const profiling = !args.includes("--no-profile");
const DIR = path.resolve(".scratch/profiles");

/** The processes started under `pid`, with their command lines. */
function descendants(pid: number): { pid: number; cmd: string }[] {
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
function cpuByKind(pid: number): Record<string, number> {
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

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  buildIfNeeded(false);
  const app = await startApp(
    profiling
      ? {
          NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${pathToFileURL(path.resolve("bench/cpu-profile.mjs"))}`.trim(),
          CPU_PROFILE_MATCH: "next/dist/bin/next|scripts/run-app\\.ts",
          CPU_PROFILE_DIR: DIR,
        }
      : {},
  );
  // Next.js renames its process "next-server"; tsx runs the launcher in a child of its own.
  const profiled = descendants(app.pid).filter((p) => /^next-server|--import \S*tsx\S* scripts\/run-app\.ts/.test(p.cmd));
  const snapshot = async () => {
    const before = new Set(existsSync(DIR) ? readdirSync(DIR) : []);
    for (const p of profiled) process.kill(p.pid, "SIGUSR2");
    await wait(1500);
    return (existsSync(DIR) ? readdirSync(DIR) : []).filter((f) => !before.has(f));
  };
  try {
    if (profiling) await snapshot(); // drop the start-up
    for (let round = 1; round <= rounds; round++) {
      let cpu0: Record<string, number> = {};
      let self0 = process.cpuUsage();
      const r = await rsvpRush(app.baseUrl, app.databaseUrl, people, 60, () => {
        cpu0 = cpuByKind(app.pid);
        self0 = process.cpuUsage();
      });
      const cpu1 = cpuByKind(app.pid);
      const self1 = process.cpuUsage(self0);
      cpu1["clients (this process)"] = (self1.user + self1.system) / 1e6;
      cpu0["clients (this process)"] = 0;
      console.log(
        `round ${round}: ${r.people} people, ${r.seats} seats: all answered ${r.totalMs} ms, p50 ${r.p50} ms, p99 ${r.p99} ms, ` +
          `${r.errors} errors${r.errors ? ` ${JSON.stringify(r.failures)}` : ""}, ${r.confirmed} confirmed, ${r.waitlisted} waitlisted`,
      );
      console.log(
        `  CPU during the rush: ` +
          Object.keys(cpu1)
            .map((k) => `${k} ${Math.round((1000 * (cpu1[k] - (cpu0[k] ?? 0))) / r.people)} ms a request`)
            .join(", "),
      );
      if (!profiling) continue;
      for (const file of await snapshot()) {
        const pid = Number(file.split("-")[0]);
        console.log(`\n--- ${file}: ${profiled.find((p) => p.pid === pid)?.cmd.slice(0, 100)}`);
        console.log(spawnSync("npx", ["tsx", "bench/profile-summary.ts", path.join(DIR, file), "30"], { encoding: "utf8" }).stdout);
      }
    }
  } finally {
    await app.stop();
  }
}

runScript(main);
