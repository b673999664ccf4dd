// Background jobs on a PostgreSQL-backed queue (pg-boss, its tables in the "pgboss" schema):
// they survive restarts, run once even with several app instances, and retry on failure.
// Started by instrumentation.ts when the server starts (unless JOBS=off).
import PgBoss from "pg-boss";
import { releaseStaleClaims } from "../speakers/release-stale-claims.ts";

/** Each job: its queue name, when it runs (cron, UTC), and what it does. */
export const JOBS = {
  releaseStaleClaims: {
    name: "release-stale-claims",
    cron: "*/15 * * * *",
    run: async () => {
      await releaseStaleClaims();
    },
  },
} as const;

export async function startJobs(databaseUrl: string, options: { pollingIntervalSeconds?: number } = {}): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: databaseUrl, schema: "pgboss", max: 3 });
  boss.on("error", (error) => console.warn("[jobs]", error instanceof Error ? error.message : error));
  await boss.start();
  for (const job of Object.values(JOBS)) {
    await boss.createQueue(job.name);
    await boss.schedule(job.name, job.cron);
    await boss.work(job.name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 10 }, async () => {
      await job.run();
    });
  }
  return boss;
}
