// Gives each integration test its own database, cloned from a template in milliseconds, and
// points the app's Prisma client (lib/db) at it. Dropped after the test.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, afterEach, beforeEach, inject } from "vitest";
import { createPrismaClient, type Db } from "../../lib/db/client.ts";

import { EMPTY_TEMPLATE, SEEDED_TEMPLATE, withDatabase } from "./database-names.ts";

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: inject("postgresAdminUrl") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export type TestDatabase = { url: string; name: string; db: Db };

async function cloneDatabase(seeded: boolean, template?: string): Promise<TestDatabase> {
  const name = `paperclub_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${template ?? (seeded ? SEEDED_TEMPLATE : EMPTY_TEMPLATE)}"`);
  const url = withDatabase(inject("postgresAdminUrl"), name);
  process.env.DATABASE_URL = url;
  const globalForDb = globalThis as unknown as { paperClubDb?: Db };
  globalForDb.paperClubDb = createPrismaClient(url);
  return { url, name, db: globalForDb.paperClubDb };
}

async function dropDatabase(database: TestDatabase) {
  const globalForDb = globalThis as unknown as { paperClubDb?: Db };
  await database.db.$disconnect();
  if (globalForDb.paperClubDb === database.db) globalForDb.paperClubDb = undefined;
  await adminQuery(`DROP DATABASE IF EXISTS "${database.name}" WITH (FORCE)`);
}

/** Registers beforeEach/afterEach hooks; read `.current` inside a test. */
export function useTestDatabase(options: { seeded?: boolean } = {}) {
  const handle: { current: TestDatabase } = { current: undefined as unknown as TestDatabase };
  beforeEach(async () => {
    handle.current = await cloneDatabase(Boolean(options.seeded));
  });
  afterEach(async () => {
    await dropDatabase(handle.current);
  });
  return handle;
}

/**
 * Like useTestDatabase, but a test that leaves the database as it found it (proved by the
 * test, e.g. with a fingerprint) lets the next test reuse it: a test calls `markUnchanged()`
 * once it has proved that nothing changed; any other test (or a failed one) gets a fresh clone next. `setup` runs once: the
 * database as it leaves it becomes this file's template, and every later fresh clone copies it
 * (the same rows, ids and sessions). For tables of many cells that mostly must change nothing,
 * such as the authorization matrix.
 */
export function useReusableTestDatabase(options: { seeded?: boolean; setup: (database: TestDatabase) => Promise<void> }) {
  const handle = { current: undefined as unknown as TestDatabase, changed: true, markUnchanged: () => void (handle.changed = false) };
  let template: string | undefined;
  beforeEach(async () => {
    if (handle.changed) {
      if (handle.current) await dropDatabase(handle.current);
      handle.current = await cloneDatabase(Boolean(options.seeded), template);
      if (!template) {
        await options.setup(handle.current);
        // A template may have no open connection: close the client, copy, and open a new one.
        await handle.current.db.$disconnect();
        template = `${handle.current.name}_setup`;
        await adminQuery(`CREATE DATABASE "${template}" TEMPLATE "${handle.current.name}"`);
        const globalForDb = globalThis as unknown as { paperClubDb?: Db };
        globalForDb.paperClubDb = createPrismaClient(handle.current.url);
        handle.current = { ...handle.current, db: globalForDb.paperClubDb };
      }
    }
    handle.changed = true; // until this test proves otherwise
  });
  afterAll(async () => {
    if (handle.current) await dropDatabase(handle.current);
    if (template) await adminQuery(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  });
  return handle;
}
