// Starts one throw-away PostgreSQL for the integration tests (its own folder and a free port,
// so it never collides with `npm run dev` or another clone), and prepares two template
// databases: migrated-and-empty, and migrated-with-demo-data. Each test clones one of them.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres.ts";
import { migrate } from "../../lib/db/migrate.ts";
import { seed } from "../../prisma/seed.ts";
import { EMPTY_TEMPLATE, SEEDED_TEMPLATE, withDatabase } from "./database-names.ts";
import { startFakeArxiv } from "./fake-arxiv-server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminUrl: string;
    arxivUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL;
  let stop = async () => {};
  let dir: string | undefined;
  let adminUrl: string;
  if (external) {
    adminUrl = external;
  } else {
    dir = mkdtempSync(path.join(os.tmpdir(), "paperclub-test-"));
    const server = await startEmbeddedPostgres({
      dataDir: path.join(dir, "pg"),
      database: "postgres",
      // Autovacuum off: hundreds of short-lived clones need none, and the "changed nothing"
      // fingerprint (db-snapshot.ts) reads row versions' xmin, which a freezing vacuum would rewrite.
      settings: { fsync: "off", synchronous_commit: "off", full_page_writes: "off", autovacuum: "off", max_connections: "400" },
    });
    adminUrl = server.url;
    stop = server.stop;
  }

  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  for (const name of [EMPTY_TEMPLATE, SEEDED_TEMPLATE]) {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = withDatabase(adminUrl, name);
    await migrate(url);
    if (name === SEEDED_TEMPLATE) await seed(url);
  }
  await admin.end();
  project.provide("postgresAdminUrl", adminUrl);
  // arXiv's API, played by a local server with recorded answers (see tests/support/integration-env.ts).
  const arxiv = await startFakeArxiv();
  project.provide("arxivUrl", arxiv.url);

  return async () => {
    await arxiv.close();
    await stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
