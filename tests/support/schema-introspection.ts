// What the migrated database actually contains, read from PostgreSQL's catalogs.
import pg from "pg";
import type { SchemaShape } from "./schema-expectations.ts";

const FK_ACTIONS: Record<string, string> = { a: "NOACTION", r: "RESTRICT", c: "CASCADE", n: "SETNULL", d: "SETDEFAULT" };

export async function introspect(url: string): Promise<
  SchemaShape & {
    checks: string[];
    sequences: string[];
    triggers: string[];
    functions: string[];
    indexNames: { name: string; table: string; columns: string[]; unique: boolean; partial: boolean }[];
  }
> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const q = async <T extends pg.QueryResultRow>(sql: string) => (await client.query<T>(sql)).rows;
    const tables = await q<{ relname: string }>(`
      SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations' ORDER BY 1`);
    const columns = await q<{ table: string; column: string; type: string; notnull: boolean; def: string | null }>(`
      SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
             a.attnotnull AS notnull, pg_get_expr(d.adbin, d.adrelid) AS def
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
        AND c.relname <> '_prisma_migrations'`);
    const indexes = await q<{ name: string; table: string; columns: string[]; unique: boolean; primary: boolean; partial: boolean }>(`
      SELECT i.relname AS name, t.relname AS table, ix.indisunique AS unique, ix.indisprimary AS primary,
             ix.indpred IS NOT NULL AS partial,
             ARRAY(SELECT a.attname FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord)
                   JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns
      FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'`);
    const fks = await q<{ table: string; columns: string[]; reftable: string; refcolumns: string[]; ondelete: string; onupdate: string }>(`
      SELECT t.relname AS table, rt.relname AS reftable, con.confdeltype AS ondelete, con.confupdtype AS onupdate,
        ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns,
        ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS refcolumns
      FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid JOIN pg_class rt ON rt.oid = con.confrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE con.contype = 'f' AND n.nspname = 'public'`);
    const enums = await q<{ name: string; values: string[] }>(`
      SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' GROUP BY t.typname`);
    const checks = await q<{ conname: string }>(`
      SELECT con.conname FROM pg_constraint con JOIN pg_namespace n ON n.oid = con.connamespace
      WHERE con.contype = 'c' AND n.nspname = 'public'`);
    const sequences = await q<{ relname: string }>(`
      SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'S'`);
    const triggers = await q<{ tgname: string }>(`
      SELECT tg.tgname FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND NOT tg.tgisinternal`);
    const functions = await q<{ proname: string }>(`
      SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'`);
    return {
      tables: tables.map((t) => t.relname),
      columns: columns.map((c) => ({ table: c.table, column: c.column, type: c.type, notNull: c.notnull, default: c.def })),
      primaryKeys: indexes.filter((i) => i.primary).map((i) => ({ table: i.table, columns: i.columns })),
      indexes: indexes.filter((i) => !i.primary && !i.partial).map((i) => ({ table: i.table, columns: i.columns, unique: i.unique })),
      indexNames: indexes,
      foreignKeys: fks.map((f) => ({
        table: f.table,
        columns: f.columns,
        refTable: f.reftable,
        refColumns: f.refcolumns,
        onDelete: FK_ACTIONS[f.ondelete],
        onUpdate: FK_ACTIONS[f.onupdate],
      })),
      enums,
      checks: checks.map((c) => c.conname),
      sequences: sequences.map((s) => s.relname),
      triggers: triggers.map((t) => t.tgname),
      functions: functions.map((f) => f.proname),
    };
  } finally {
    await client.end();
  }
}
