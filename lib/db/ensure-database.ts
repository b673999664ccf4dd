// Gives the app a migrated PostgreSQL: the server in DATABASE_URL, or else an embedded one
// that keeps its data under PAPERCLUB_DATA_DIR. An empty embedded database gets the demo data
// when the caller hands in the seeding function (scripts/run-app.ts does): lib/ never imports
// prisma/seed.ts, so the app bundle does not carry the demo data.
import path from "node:path";
import pg from "pg";
import { parseEnv } from "../env.ts";
import { startEmbeddedPostgres } from "./embedded-postgres.ts";
import { migrate } from "./migrate.ts";
import { EMBEDDED_DATABASE, embeddedUrl, readPostmasterPid } from "./postmaster-pid.ts";
import type { SuperviseOptions } from "./supervise-embedded.ts";

export type ReadyDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

export type OpenDatabaseOptions = {
  log?: (line: string) => void;
  /** Use the embedded server that `npm run dev`/`npm start` already runs on this folder (the db scripts do). */
  reuseRunning?: boolean;
  /** Restart the embedded server when it dies (the launcher does); the log is this function's. */
  restart?: Omit<SuperviseOptions, "log">;
};

export type EnsureDatabaseOptions = OpenDatabaseOptions & {
  /** Loads demo data into an empty database; answers whether it did. Used for the embedded one only. */
  seedIfEmpty?: (databaseUrl: string) => Promise<boolean>;
};

async function acceptsConnections(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** The database, reachable, as it is: nothing migrated or loaded. */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<ReadyDatabase> {
  const env = parseEnv();
  const log = options.log ?? ((line: string) => console.log(`[db] ${line}`));
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false, stop: async () => {} };
  const dataDir = path.resolve(env.PAPERCLUB_DATA_DIR, "postgres");
  const shown = path.relative(process.cwd(), dataDir).startsWith("..") ? dataDir : path.relative(process.cwd(), dataDir) || dataDir;
  const running = options.reuseRunning ? readPostmasterPid(dataDir) : null;
  if (running && (await acceptsConnections(embeddedUrl(running.port)))) {
    log(`using the embedded PostgreSQL running in ${shown} (port ${running.port})`);
    return { url: embeddedUrl(running.port), embedded: true, stop: async () => {} };
  }
  log(`starting embedded PostgreSQL in ${shown}`);
  const server = await startEmbeddedPostgres({
    dataDir,
    database: EMBEDDED_DATABASE,
    restart: options.restart && { ...options.restart, log },
  });
  log(`embedded PostgreSQL listening on 127.0.0.1:${server.port}`);
  return { url: server.url, embedded: true, stop: server.stop };
}

export async function ensureDatabase(options: EnsureDatabaseOptions = {}): Promise<ReadyDatabase> {
  const log = options.log ?? ((line: string) => console.log(`[db] ${line}`));
  const db = await openDatabase({ ...options, log });
  try {
    const { applied } = await migrate(db.url, { log });
    if (applied.length === 0) log("migrations: up to date");
    if (db.embedded && options.seedIfEmpty) {
      const seeded = await options.seedIfEmpty(db.url);
      if (seeded) log("empty database: demo data loaded");
    }
  } catch (error) {
    await db.stop();
    throw error;
  }
  return db;
}
