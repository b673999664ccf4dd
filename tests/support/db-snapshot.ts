// A fingerprint of every table, to prove that a refused request changed nothing: the app's
// tables (schema public, the development mail outbox `outbox_emails` among them) and every other
// schema the migrations create: pg-boss's queued jobs (`pgboss.job`, every email and Discord post
// is one) and the mail deliveries (`mail.deliveries`). A refused request that queued a mail
// changed something. Nothing in these tables changes by itself while no job worker runs (the
// tests that start one do not fingerprint).
//
// What is compared, per table: how many rows it has and the newest row version's `xmin` (the
// transaction that wrote it). Every committed INSERT and UPDATE writes a row version stamped with
// a new transaction id, larger than any before it (a throw-away test cluster never wraps around,
// and autovacuum is off there, so nothing is frozen); a DELETE alone lowers the count. So any
// committed write shows, even one that writes back the values a row had (a hash of the rows
// would miss that), and the statement reads no column: ~10 times cheaper than hashing every row
// (the authorization matrix takes a thousand). `CREATE DATABASE … TEMPLATE` copies row versions
// as they are: every clone of a template has the same fingerprint.
import { createHash } from "node:crypto";
import pg from "pg";

// One connection, kept while the same database is fingerprinted again (the authorization matrix
// takes hundreds in a row); a database dropped under it just ends it.
let open: { url: string; client: pg.Client } | null = null;

async function clientFor(url: string): Promise<pg.Client> {
  if (open?.url === url) return open.client;
  if (open) void open.client.end().catch(() => undefined);
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {
    if (open?.client === client) open = null;
  });
  await client.connect();
  open = { url, client };
  return client;
}

/** The tables of the last database fingerprinted: every database of the suite has the same. */
let knownTables: string[] = [];
// Tables of schema public by their name ("users"), others qualified ("pgboss.job"). A
// partitioned table (pg-boss keeps a partition per queue) is read through its parent, once.
const TABLE_LIST = `SELECT coalesce(string_agg(t.name, ',' ORDER BY t.name), '') FROM (
    SELECT CASE WHEN n.nspname = 'public' THEN c.relname::text ELSE n.nspname || '.' || c.relname END AS name FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
      AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%') t`;

/** "users" → "users", "pgboss.job" → "pgboss"."job" (no name here holds a dot or a quote). */
const quoted = (name: string) =>
  name
    .split(".")
    .map((part) => `"${part}"`)
    .join(".");

/** What is read of each table: its row versions (before and after, in one database), or its
 *  rows' contents (two databases compared, e.g. a restored copy, whose row versions differ). */
type Reading = "versions" | "contents";

/** One statement (prepared once per connection): the list of tables, and a stamp of each known table. */
function fingerprintStatement(tables: string[], reading: Reading) {
  // A publication can never change once written (a trigger refuses UPDATE): its id stands for
  // its large snapshot.
  const rowText = (name: string) => (name === "publications" ? "t.id::text" : "t::text");
  const stamp = (name: string) =>
    reading === "versions"
      ? `count(*) || ':' || coalesce(max(t.xmin::text::bigint), 0)`
      : `md5(coalesce(string_agg(${rowText(name)}, '|' ORDER BY ${rowText(name)}), ''))`;
  const stamps = tables.map((name) => `SELECT '${name}' AS name, ${stamp(name)} AS h FROM ${quoted(name)} t`);
  const text = [`SELECT '' AS name, (${TABLE_LIST}) AS h`, ...stamps].join(" UNION ALL ");
  return { name: `fingerprint_${createHash("md5").update(text).digest("hex")}`, text };
}

/** Every table's rows hashed: equal for two databases with the same contents. */
export function databaseContents(url: string, except: string[] = []): Promise<Record<string, string>> {
  return readTables(url, except, "contents");
}

/** Every table's row count and newest row version: changes with any committed write to it. */
export function databaseFingerprint(url: string, except: string[] = []): Promise<Record<string, string>> {
  return readTables(url, except, "versions");
}

async function readTables(url: string, except: string[], reading: Reading): Promise<Record<string, string>> {
  const client = await clientFor(url);
  try {
    // One round trip for every table (the authorization matrix takes hundreds). The first row
    // lists the tables there are: if that is not the list hashed, hash again with it.
    for (;;) {
      const { rows } = await client.query<{ name: string; h: string }>(fingerprintStatement(knownTables, reading));
      const listed = rows.find((r) => r.name === "")!.h;
      const tables = listed ? listed.split(",") : [];
      if (tables.join(",") !== knownTables.join(",")) {
        knownTables = tables;
        continue;
      }
      return Object.fromEntries(rows.filter((r) => r.name !== "" && !except.includes(r.name)).map((r) => [r.name, r.h]));
    }
  } catch (error) {
    if (open?.client === client) open = null;
    void client.end().catch(() => undefined);
    throw error;
  }
}
