// What a backup holds, read from PostgreSQL's catalog: every table of the app's schemas
// (public and mail; not the migration ledger, which the restore rebuilds by migrating), their
// columns, and their sequences. pg-boss's job table is added by the backup itself.
import type pg from "pg";

export const DATA_SCHEMAS = ["public", "mail"];
const LEDGER = "_prisma_migrations";

export type Column = { name: string; type: string };
export type Table = { schema: string; name: string; columns: Column[] };

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function qualified(schema: string, name: string): string {
  return `${quoteIdent(schema)}.${quoteIdent(name)}`;
}

export async function listTables(client: pg.ClientBase): Promise<Table[]> {
  const { rows } = await client.query<{ schema: string; name: string; columns: Column[] }>(
    `SELECT n.nspname AS schema, c.relname AS name,
            json_agg(json_build_object('name', a.attname, 'type', format_type(a.atttypid, a.atttypmod)) ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = ANY($1) AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> $2
      GROUP BY n.nspname, c.relname
      ORDER BY n.nspname DESC, c.relname`,
    [DATA_SCHEMAS, LEDGER],
  );
  return rows;
}

export async function listSequences(client: pg.ClientBase): Promise<{ schema: string; name: string }[]> {
  const { rows } = await client.query<{ schema: string; name: string }>(
    `SELECT n.nspname AS schema, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ANY($1) AND c.relkind = 'S' ORDER BY 1 DESC, 2`,
    [DATA_SCHEMAS],
  );
  return rows;
}

/** The installed pg-boss schema version, or null. */
export async function pgbossVersion(client: pg.ClientBase): Promise<number | null> {
  const { rows } = await client.query<{ installed: boolean }>(`SELECT to_regclass('pgboss.version') IS NOT NULL AS installed`);
  if (!rows[0].installed) return null;
  const version = await client.query<{ version: number }>(`SELECT max(version) AS version FROM pgboss.version`);
  return version.rows[0].version ?? null;
}

/** pg-boss's jobs that have not finished: created, waiting for a retry, or running. */
export const PENDING_JOBS = { schema: "pgboss", name: "job", where: "state < 'completed'" } as const;

/** pg-boss's job table (partitioned by queue; rows go in through the parent). */
export async function jobTable(client: pg.ClientBase): Promise<Table> {
  const { rows } = await client.query<Column>(
    `SELECT attname AS name, format_type(atttypid, atttypmod) AS type FROM pg_attribute
      WHERE attrelid = 'pgboss.job'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
  );
  return { schema: PENDING_JOBS.schema, name: PENDING_JOBS.name, columns: rows };
}
