// Gives each integration test its own database, cloned from a template in milliseconds, and
// points the app's Prisma client (lib/db) at it. Dropped after the test.
// What a test waits for is kept small (measured, docs/decisions/024-a-faster-suite.md):
// - the next clone of a template is made while the current test runs (a spare, per template);
// - a used database is dropped in the background: `DROP DATABASE … WITH (FORCE)` polls every
//   100 ms until the connections it ended are gone; each hook waits for its file's drops in afterAll;
// - one small pool of admin connections per file, not a new connection per statement.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, afterEach, beforeEach, inject } from "vitest";
import { createPrismaClient, type Db } from "../../lib/db/client.ts";

import { EMPTY_TEMPLATE, SEEDED_TEMPLATE, withDatabase } from "./database-names.ts";

let admin: pg.Pool | undefined;

async function adminQuery(sql: string) {
  admin ??= new pg.Pool({ connectionString: inject("postgresAdminUrl"), max: 3, allowExitOnIdle: true });
  await admin.query(sql);
}

export type TestDatabase = { url: string; name: string; db: Db };

/** A clone of each template made ahead of time, for the next test that asks for one. */
const spares = new Map<string, Promise<string>>();
/** Databases being dropped in the background, and the first error of one. */
const drops = new Set<Promise<void>>();
let dropError: unknown;

async function createClone(template: string): Promise<string> {
  const name = `paperclub_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  return name;
}

async function cloneDatabase(seeded: boolean, template?: string): Promise<TestDatabase> {
  const source = template ?? (seeded ? SEEDED_TEMPLATE : EMPTY_TEMPLATE);
  const name = await (spares.get(source) ?? createClone(source));
  const spare = createClone(source);
  spare.catch(() => undefined); // reported by the test that takes it
  spares.set(source, spare);
  const url = withDatabase(inject("postgresAdminUrl"), name);
  process.env.DATABASE_URL = url;
  const globalForDb = globalThis as unknown as { paperClubDb?: Db };
  globalForDb.paperClubDb = createPrismaClient(url);
  return { url, name, db: globalForDb.paperClubDb };
}

function dropInBackground(name: string) {
  const drop = adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    .catch((error: unknown) => void (dropError ??= error))
    .finally(() => drops.delete(drop));
  drops.add(drop);
}

async function dropDatabase(database: TestDatabase) {
  const globalForDb = globalThis as unknown as { paperClubDb?: Db };
  await database.db.$disconnect();
  if (globalForDb.paperClubDb === database.db) globalForDb.paperClubDb = undefined;
  dropInBackground(database.name);
}

/** After a file's last test: drop the spares (then `last`, a template of theirs), wait for
 *  every drop, and report one that failed. */
async function finishTestDatabases(last?: string) {
  for (const [template, spare] of spares) {
    spares.delete(template);
    dropInBackground(await spare);
  }
  await Promise.all(drops);
  if (last) await adminQuery(`DROP DATABASE IF EXISTS "${last}" WITH (FORCE)`);
  await admin?.end();
  admin = undefined;
  if (dropError) throw dropError;
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
  afterAll(() => finishTestDatabases());
  return handle;
}

/**
 * Like useTestDatabase, but a test that leaves the database as it found it (proved by the
 * test, e.g. with a fingerprint) lets the next test reuse it: a test calls `markUnchanged()`
 * once it has proved that nothing changed; any other test (or a failed one) gets a fresh clone next. `setup` runs once: the
 * database as it leaves it becomes this file's template, and every later fresh clone copies it
 * (the same rows, ids and sessions). `isFresh` says whether the current test's database is
 * such a copy, untouched: it then has the same content as every other (CREATE DATABASE copies
 * the template's files). For tables of many cells that mostly must change nothing, such as
 * the authorization matrix.
 */
export function useReusableTestDatabase(options: { seeded?: boolean; setup: (database: TestDatabase) => Promise<void> }) {
  const handle = {
    current: undefined as unknown as TestDatabase,
    changed: true,
    isFresh: false,
    markUnchanged: () => void (handle.changed = false),
  };
  let template: string | undefined;
  beforeEach(async () => {
    handle.isFresh = handle.changed;
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
    await finishTestDatabases(template);
  });
  return handle;
}
