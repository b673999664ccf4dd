// What prisma/sql declares (functions with their bodies, triggers with their definitions) and
// what a database holds of the same kinds, in forms that compare: the schema-drift and
// sql-functions tests check that the two are the same.
import pg from "pg";
import { readSqlFiles, type SqlFile } from "../../lib/db/sql-functions.ts";

/** A trigger's definition without quotes, `OR REPLACE`, the `public.` schema or line breaks. */
export function normalizeTrigger(definition: string): string {
  return definition
    .replaceAll('"', "")
    .replace(/^CREATE OR REPLACE TRIGGER/i, "CREATE TRIGGER")
    .replaceAll("public.", "")
    .replace(/\s+/g, " ")
    .replace(/\s*;\s*$/, "")
    .trim();
}

export type SqlObjects = {
  /** Function name → body (the text between its dollar quotes, as pg_proc.prosrc keeps it). */
  functions: Record<string, string>;
  /** Trigger name → normalized definition. */
  triggers: Record<string, string>;
};

export function declaredSqlObjects(files: SqlFile[] = readSqlFiles()): SqlObjects {
  const functions: Record<string, string> = {};
  const triggers: Record<string, string> = {};
  for (const { sql } of files) {
    for (const m of sql.matchAll(/CREATE OR REPLACE FUNCTION\s+"?(\w+)"?\s*\([\s\S]*?\bAS\s+\$\$([\s\S]*?)\$\$/gi)) functions[m[1]] = m[2];
    for (const m of sql.matchAll(/CREATE OR REPLACE TRIGGER\s+"?(\w+)"?[\s\S]*?;/gi)) triggers[m[1]] = normalizeTrigger(m[0]);
  }
  return { functions, triggers };
}

export type SqlCatalog = SqlObjects & {
  /** Full definitions and object ids: unchanged by a run that changes nothing. */
  identity: { name: string; oid: number; definition: string }[];
};

/** The functions and triggers of the public schema of the database at `url`. */
export async function readSqlCatalog(url: string): Promise<SqlCatalog> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: fns } = await client.query<{ name: string; oid: number; body: string; definition: string }>(`
      SELECT p.proname AS name, p.oid::int AS oid, p.prosrc AS body, pg_get_functiondef(p.oid) AS definition
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' ORDER BY p.proname`);
    const { rows: tgs } = await client.query<{ name: string; oid: number; definition: string }>(`
      SELECT tg.tgname AS name, tg.oid::int AS oid, pg_get_triggerdef(tg.oid) AS definition
      FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND NOT tg.tgisinternal ORDER BY tg.tgname`);
    return {
      functions: Object.fromEntries(fns.map((f) => [f.name, f.body])),
      triggers: Object.fromEntries(tgs.map((t) => [t.name, normalizeTrigger(t.definition)])),
      identity: [...fns, ...tgs].map(({ name, oid, definition }) => ({ name, oid, definition })),
    };
  } finally {
    await client.end();
  }
}
