// Gives each integration test its own database, cloned from a template in milliseconds, and
// points the app's Prisma client (lib/db) at it. Dropped after the test.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterEach, beforeEach, inject } from "vitest";
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

/** Registers beforeEach/afterEach hooks; read `.current` inside a test. */
export function useTestDatabase(options: { seeded?: boolean } = {}) {
  const handle: { current: TestDatabase } = { current: undefined as unknown as TestDatabase };
  beforeEach(async () => {
    const name = `paperclub_test_${randomBytes(6).toString("hex")}`;
    await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${options.seeded ? SEEDED_TEMPLATE : EMPTY_TEMPLATE}"`);
    const url = withDatabase(inject("postgresAdminUrl"), name);
    process.env.DATABASE_URL = url;
    const globalForDb = globalThis as unknown as { paperClubDb?: Db };
    globalForDb.paperClubDb = createPrismaClient(url);
    handle.current = { url, name, db: globalForDb.paperClubDb };
  });
  afterEach(async () => {
    const globalForDb = globalThis as unknown as { paperClubDb?: Db };
    await globalForDb.paperClubDb?.$disconnect();
    globalForDb.paperClubDb = undefined;
    await adminQuery(`DROP DATABASE IF EXISTS "${handle.current.name}" WITH (FORCE)`);
  });
  return handle;
}
