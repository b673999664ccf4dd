// Gives the app a migrated PostgreSQL: the server in DATABASE_URL, or else an embedded one
// that keeps its data under PAPERCLUB_DATA_DIR. An empty embedded database gets the demo data
// when the caller hands in the seeding function (scripts/run-app.ts does): lib/ never imports
// prisma/seed.ts, so the app bundle does not carry the demo data.
import path from "node:path";
import { parseEnv } from "../env.ts";
import { startEmbeddedPostgres } from "./embedded-postgres.ts";
import { migrate } from "./migrate.ts";

export type ReadyDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

export type EnsureDatabaseOptions = {
  /** Loads demo data into an empty database; answers whether it did. Used for the embedded one only. */
  seedIfEmpty?: (databaseUrl: string) => Promise<boolean>;
  log?: (line: string) => void;
};

export async function ensureDatabase(options: EnsureDatabaseOptions = {}): Promise<ReadyDatabase> {
  const env = parseEnv();
  const log = options.log ?? ((line: string) => console.log(`[db] ${line}`));
  let url = env.DATABASE_URL;
  let stop = async () => {};
  const embedded = !url;
  if (!url) {
    const dataDir = path.resolve(env.PAPERCLUB_DATA_DIR, "postgres");
    log(`starting embedded PostgreSQL in ${path.relative(process.cwd(), dataDir) || dataDir}`);
    const pg = await startEmbeddedPostgres({ dataDir, database: "paperclub" });
    url = pg.url;
    stop = pg.stop;
    log(`embedded PostgreSQL listening on 127.0.0.1:${pg.port}`);
  }
  try {
    const { applied } = await migrate(url, { log });
    if (applied.length === 0) log("migrations: up to date");
    if (embedded && options.seedIfEmpty) {
      const seeded = await options.seedIfEmpty(url);
      if (seeded) log("empty database: demo data loaded");
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, embedded, stop };
}
