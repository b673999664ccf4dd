// Applies the committed migrations in prisma/migrations without Prisma's native schema engine
// (which cannot be downloaded here; see docs/decisions/002-migrations-without-schema-engine.md).
// Keeps Prisma's `_prisma_migrations` table so `prisma migrate deploy` can take over anywhere
// the engine is available. Each migration runs in its own transaction: a failed one leaves
// the database as it was and the error names it. Re-running is a no-op. After the last
// migration, the functions and triggers of prisma/sql are applied (lib/db/sql-functions.ts).
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { applySqlFiles, readSqlFiles } from "./sql-functions.ts";

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

export type Migration = { name: string; sql: string; checksum: string };
export type MigrateResult = { applied: string[]; alreadyApplied: number; sqlFiles: string[] };

export class MigrationError extends Error {
  constructor(
    readonly migration: string,
    readonly cause: unknown,
  ) {
    super(`Migration ${migration} failed and was rolled back: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "MigrationError";
  }
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"            VARCHAR(64) NOT NULL,
    "finished_at"         TIMESTAMPTZ,
    "migration_name"      VARCHAR(255) NOT NULL,
    "logs"                TEXT,
    "rolled_back_at"      TIMESTAMPTZ,
    "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// Any number fits; it only has to be the same in every process that migrates this database.
const LOCK_KEY = 7_202_611_28;

export type MigrateOptions = {
  dir?: string;
  /** The functions and triggers (prisma/sql). */
  sqlDir?: string;
  log?: (line: string) => void;
  /**
   * Apply only the migrations up to this one (a restore loads a backup at its own migration, then
   * applies the rest). prisma/sql is then not applied: its text is for the latest migration.
   */
  until?: string;
};

export async function migrate(databaseUrl: string, options: MigrateOptions = {}): Promise<MigrateResult> {
  const log = options.log ?? (() => {});
  const until = options.until;
  const migrations = readMigrations(options.dir).filter((m) => until === undefined || m.name <= until);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // Two app instances starting at once must not both migrate.
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(CREATE_TABLE);
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations"
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const done = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    const applied: string[] = [];
    for (const m of migrations) {
      const recorded = done.get(m.name);
      if (recorded !== undefined) {
        if (recorded !== m.checksum) {
          throw new MigrationError(m.name, new Error("it was changed after it had been applied; add a new migration instead"));
        }
        continue;
      }
      try {
        await client.query("BEGIN");
        await client.query(m.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), 1)`,
          [randomUUID(), m.checksum, m.name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw new MigrationError(m.name, error);
      }
      applied.push(m.name);
      log(`applied migration ${m.name}`);
    }
    const sqlFiles = until === undefined ? readSqlFiles(options.sqlDir) : [];
    if (sqlFiles.length > 0) await applySqlFiles(client, sqlFiles);
    return { applied, alreadyApplied: migrations.length - applied.length, sqlFiles: sqlFiles.map((f) => f.name) };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
    await client.end();
  }
}
