// The migration runner: applies in order, re-running is a no-op, a failed migration leaves
// the database as it was and names itself, and a changed migration is refused.
import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, MigrationError, migrate, readMigrations } from "../../lib/db/migrate.ts";
import { useTestDatabase } from "../support/database.ts";

async function tableExists(url: string, table: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT to_regclass($1) IS NOT NULL AS exists", [`public.${table}`]);
    return rows[0].exists as boolean;
  } finally {
    await client.end();
  }
}

function copyOfMigrations() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "paperclub-migrations-"));
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

describe("migrate", () => {
  const database = useTestDatabase();

  it("is a no-op on an up-to-date database", async () => {
    const result = await migrate(database.current.url);
    expect(result.applied).toEqual([]);
    expect(result.alreadyApplied).toBe(readMigrations().length);
  });

  it("applies a new migration once and records it like Prisma does", async () => {
    const dir = copyOfMigrations();
    mkdirSync(path.join(dir, "29990101000000_add_test_table"));
    writeFileSync(path.join(dir, "29990101000000_add_test_table", "migration.sql"), 'CREATE TABLE "migration_probe" (id int);');
    expect((await migrate(database.current.url, { dir })).applied).toEqual(["29990101000000_add_test_table"]);
    expect((await migrate(database.current.url, { dir })).applied).toEqual([]);
    expect(await tableExists(database.current.url, "migration_probe")).toBe(true);
    const rows = await database.current.db.$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`
      SELECT migration_name, finished_at FROM "_prisma_migrations" ORDER BY migration_name`;
    expect(rows.map((r) => r.migration_name)).toContain("29990101000000_add_test_table");
    expect(rows.every((r) => r.finished_at instanceof Date)).toBe(true);
  });

  it("rolls a failing migration back whole and says which one failed", async () => {
    const dir = copyOfMigrations();
    mkdirSync(path.join(dir, "29990101000000_broken"));
    writeFileSync(
      path.join(dir, "29990101000000_broken", "migration.sql"),
      'CREATE TABLE "half_done" (id int);\nALTER TABLE "no_such_table" ADD COLUMN x int;',
    );
    const error = await migrate(database.current.url, { dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).migration).toBe("29990101000000_broken");
    expect((error as Error).message).toMatch(/29990101000000_broken.*no_such_table/);
    expect(await tableExists(database.current.url, "half_done")).toBe(false);
    const rows = await database.current.db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "_prisma_migrations" WHERE migration_name = '29990101000000_broken'`;
    expect(Number(rows[0].n)).toBe(0);
  });

  it("refuses a migration that was edited after it was applied", async () => {
    const dir = copyOfMigrations();
    const [first] = readMigrations(dir);
    writeFileSync(path.join(dir, first.name, "migration.sql"), `${first.sql}\n-- edited`);
    await expect(migrate(database.current.url, { dir })).rejects.toThrow(/changed after it had been applied/);
  });

  it("lets two processes migrate the same database at once", async () => {
    const dir = copyOfMigrations();
    mkdirSync(path.join(dir, "29990101000000_concurrent"));
    writeFileSync(path.join(dir, "29990101000000_concurrent", "migration.sql"), 'CREATE TABLE "concurrent_probe" (id int);');
    const results = await Promise.all([migrate(database.current.url, { dir }), migrate(database.current.url, { dir })]);
    expect(results.map((r) => r.applied.length).sort()).toEqual([0, 1]);
  });
});
