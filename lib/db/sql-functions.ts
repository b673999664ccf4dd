// The PL/pgSQL functions and triggers as they are today, one object a file in prisma/sql (see
// docs/decisions/027-sql-functions.md). The migrations that first created them are history;
// these files are the current text, applied after every full migration run by lib/db/migrate.ts.
// Each file only replaces (`CREATE OR REPLACE FUNCTION`, `CREATE OR REPLACE TRIGGER`), so
// applying them again is a no-op and a function edited by hand in a database is put back.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type pg from "pg";

export const SQL_DIR = path.resolve(import.meta.dirname, "../../prisma/sql");

export type SqlFile = { name: string; sql: string };

export class SqlFileError extends Error {
  constructor(
    readonly file: string,
    readonly cause: unknown,
  ) {
    super(`prisma/sql/${file} failed and nothing in prisma/sql was applied: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "SqlFileError";
  }
}

/** The files in name order: a LANGUAGE sql function is checked when created, so what it calls comes first. */
export function readSqlFiles(dir = SQL_DIR): SqlFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".sql"))
    .sort()
    .map((name) => ({ name, sql: readFileSync(path.join(dir, name), "utf8") }));
}

/** Applies every file in one transaction: all of them or, naming the file that failed, none. */
export async function applySqlFiles(client: pg.Client, files: SqlFile[]): Promise<void> {
  await client.query("BEGIN");
  for (const file of files) {
    try {
      await client.query(file.sql);
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw new SqlFileError(file.name, error);
    }
  }
  await client.query("COMMIT");
}
