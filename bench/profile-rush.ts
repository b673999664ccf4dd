// The RSVP rush alone, several rounds on one running app, with a CPU profile of the Next.js
// server (and of the launcher, which runs the front) for each round:
//   npx tsx bench/profile-rush.ts [--rounds 3] [--people 300] [--no-profile]
// Profiles land in .scratch/profiles/<pid>-<round>.cpuprofile, each with a summary printed by
// bench/profile-summary.ts. Builds .next-bench first when missing, as `npm run bench` does.
import { buildIfNeeded, runScript, startApp } from "./app-server.ts";
import { cpuByKind, descendants, profileSnapshots, profileSummary, profilingEnv } from "./processes.ts";
import { rsvpRush } from "./rsvp-rush.ts";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const rounds = option("--rounds", 3);
const people = option("--people", 300);
const profiling = !args.includes("--no-profile");

async function main() {
  buildIfNeeded(false);
  const app = await startApp(profiling ? profilingEnv("next/dist/bin/next|scripts/run-app\\.ts") : {});
  // Next.js renames its process "next-server"; tsx runs the launcher in a child of its own.
  const profiled = descendants(app.pid);
  const snapshot = profileSnapshots(app.pid, /^next-server|--import \S*tsx\S* scripts\/run-app\.ts/);
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
        console.log(profileSummary(file, 30));
      }
    }
  } finally {
    await app.stop();
  }
}

runScript(main);
