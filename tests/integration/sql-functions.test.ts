// The functions and triggers have one home, prisma/sql: a migrated database holds exactly
// those, with their text; applying them again changes nothing; a function edited or a trigger
// dropped by hand is put back by the next migration run; a failing file applies none of them.
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { migrate } from "../../lib/db/migrate.ts";
import { readSqlFiles, SQL_DIR, SqlFileError } from "../../lib/db/sql-functions.ts";
import { useTestDatabase } from "../support/database.ts";
import { declaredSqlObjects, readSqlCatalog } from "../support/sql-files.ts";

async function run(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const EDITED_BY_HAND = `CREATE OR REPLACE FUNCTION publications_immutable() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;`;

describe("SQL functions (prisma/sql)", () => {
  const database = useTestDatabase();
  const declared = declaredSqlObjects();

  it("declares each function and trigger once, in files the runner reads", () => {
    const files = readSqlFiles();
    expect(files.length).toBeGreaterThan(0);
    const count = (re: RegExp) => files.reduce((n, f) => n + [...f.sql.matchAll(re)].length, 0);
    expect(count(/CREATE OR REPLACE FUNCTION/gi)).toBe(Object.keys(declared.functions).length);
    expect(count(/CREATE OR REPLACE TRIGGER/gi)).toBe(Object.keys(declared.triggers).length);
    // Only what replaces in place: a plain CREATE would fail on the second run.
    for (const f of files) expect(f.sql, f.name).not.toMatch(/CREATE\s+(FUNCTION|TRIGGER)/i);
  });

  it("leaves in the migrated database exactly the functions and triggers of prisma/sql, with their text", async () => {
    const actual = await readSqlCatalog(database.current.url);
    expect(actual.functions).toEqual(declared.functions);
    expect(actual.triggers).toEqual(declared.triggers);
  });

  it("applies prisma/sql on every full run, and applying it again changes nothing", async () => {
    const before = await readSqlCatalog(database.current.url);
    const again = await migrate(database.current.url);
    expect(again.applied).toEqual([]);
    expect(again.sqlFiles).toEqual(readSqlFiles().map((f) => f.name));
    expect(await readSqlCatalog(database.current.url)).toEqual(before);
  });

  it("puts back a function edited by hand and a trigger dropped by hand", async () => {
    const url = database.current.url;
    await run(url, `${EDITED_BY_HAND} DROP TRIGGER rsvps_count_in_person ON rsvps;`);
    const drifted = await readSqlCatalog(url);
    expect(drifted.functions.publications_immutable).not.toBe(declared.functions.publications_immutable);
    expect(drifted.triggers).not.toHaveProperty("rsvps_count_in_person");
    await migrate(url);
    const repaired = await readSqlCatalog(url);
    expect(repaired.functions).toEqual(declared.functions);
    expect(repaired.triggers).toEqual(declared.triggers);
  });

  it("applies all of prisma/sql or none of it, and names the file that failed", async () => {
    const url = database.current.url;
    const dir = mkdtempSync(path.join(os.tmpdir(), "paperclub-sql-"));
    cpSync(SQL_DIR, dir, { recursive: true });
    writeFileSync(path.join(dir, "00-edits-first.sql"), EDITED_BY_HAND);
    writeFileSync(
      path.join(dir, "zz-broken.sql"),
      "CREATE OR REPLACE FUNCTION broken() RETURNS int LANGUAGE sql AS $$ SELECT x FROM no_such_table $$;",
    );
    const error = await migrate(url, { sqlDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SqlFileError);
    expect((error as SqlFileError).file).toBe("zz-broken.sql");
    expect((error as Error).message).toMatch(/prisma\/sql\/zz-broken\.sql.*no_such_table/);
    const after = await readSqlCatalog(url);
    expect(after.functions).toEqual(declared.functions);
  });
});
