// Runs once when the Next.js server starts, however it is started (npm start or next start):
// refuse settings that must never reach production, then start the background jobs.
// Only in the Node.js runtime, checked before anything is imported: Next.js also compiles this
// file for the Edge runtime, where lib/env.ts (through lib/db/data-dir.ts) cannot run.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { assertSafeProductionConfig, parseEnv } = await import("./lib/env.ts");
  const env = parseEnv();
  assertSafeProductionConfig(env);
  if (env.DATABASE_URL) {
    // A server that starts during an outage answers its first pages with 503 too (decision 021).
    const { checkDatabase } = await import("./lib/db/check-health.ts");
    await checkDatabase();
  }
  if (env.DATABASE_URL && process.env.JOBS !== "off") {
    const { startJobs } = await import("./lib/jobs/start-jobs.ts");
    await startJobs(env.DATABASE_URL).catch((error: unknown) => {
      // The site still serves; jobs start with the next server start.
      console.warn("[jobs] could not start:", error instanceof Error ? error.message : error);
    });
  }
}

// Any error of a page, route or action in this server: one that says the database cannot be
// reached raises the outage flag, so the next page requests get the 503 page (decision 021).
export async function onRequestError(error: unknown) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { noteDatabaseError } = await import("./lib/db/check-health.ts");
  noteDatabaseError(error);
}
