// One public page under load as a visitor and as a signed-in member, on one running app: the
// CPU each process spends per request for each, and a CPU profile of the front (the launcher)
// during the member's run — where a signed-in view costs more than a visitor's:
//   npx tsx bench/profile-page.ts [--path /] [--seconds 6] [--connections 50] [--no-profile]
// Builds .next-bench first when missing, as `npm run bench` does.
import pg from "pg";
import { buildIfNeeded, runScript, startApp } from "./app-server.ts";
import { BROWSER_HEADERS, load } from "./load.ts";
import { cpuByKind, profileSnapshots, profileSummary, profilingEnv } from "./processes.ts";
import { memberCookie } from "./sign-in.ts";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const pagePath = option("--path", "/");
const seconds = Number(option("--seconds", "6"));
const connections = Number(option("--connections", "50"));
const profiling = !args.includes("--no-profile");

async function main() {
  buildIfNeeded(false);
  const app = await startApp(profiling ? profilingEnv("scripts/run-app\\.ts") : {});
  const snapshot = profileSnapshots(app.pid, /--import \S*tsx\S* scripts\/run-app\.ts/);
  const db = new pg.Client({ connectionString: app.databaseUrl });
  await db.connect();
  try {
    const cookie = await memberCookie(db, "member@example.com");
    const url = `${app.baseUrl}${pagePath}`;
    await load(url, connections, 2, BROWSER_HEADERS); // warm the cache and the JIT
    await load(url, connections, 2, { ...BROWSER_HEADERS, cookie });
    for (const [who, headers] of [
      ["visitor", BROWSER_HEADERS],
      ["member", { ...BROWSER_HEADERS, cookie }],
    ] as const) {
      if (profiling) await snapshot(); // only this run in the next profile
      const cpu0 = cpuByKind(app.pid);
      const self0 = process.cpuUsage();
      const r = await load(url, connections, seconds, headers);
      const cpu1 = cpuByKind(app.pid);
      const self = process.cpuUsage(self0);
      const requests = r.rps * seconds;
      const per = (s: number) => `${Math.round((1e6 * s) / requests)} µs`;
      const kinds = Object.keys(cpu1).map((k) => `${k} ${per(cpu1[k] - (cpu0[k] ?? 0))}`);
      console.log(
        `${who} ${pagePath}: ${Math.round(r.rps)} req/s, p99 ${r.p99} ms; CPU a request: ${kinds.join(", ")}, load generator ${per((self.user + self.system) / 1e6)}`,
      );
      if (!profiling) continue;
      for (const file of await snapshot()) {
        console.log(`\n--- ${who}: ${file}`);
        console.log(profileSummary(file, 25));
      }
    }
  } finally {
    await db.end();
    await app.stop();
  }
}

runScript(main);
