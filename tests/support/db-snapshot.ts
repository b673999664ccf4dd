// A fingerprint of every table, to prove that a refused request changed nothing: the app's
// tables (schema public, the development mail outbox `outbox_emails` among them) and every other
// schema the migrations create: pg-boss's queued jobs (`pgboss.job`, every email and Discord post
// is one) and the mail deliveries (`mail.deliveries`). A refused request that queued a mail
// changed something. No column is left out: nothing in these tables changes by itself while no
// job worker runs (the tests that start one do not fingerprint), and pg-boss writes a job once
// when it is queued.
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

/** One statement (prepared once per connection): the list of tables, and a hash of each known table. */
function fingerprintStatement(tables: string[]) {
  // A publication can never change once written (a trigger refuses UPDATE): its id stands for
  // its large snapshot.
  const rowText = (relname: string) => (relname === "publications" ? "t.id::text" : "t::text");
  const hashes = tables.map(
    (name) => `SELECT '${name}' AS name, md5(coalesce(string_agg(${rowText(name)}, '|' ORDER BY ${rowText(name)}), '')) AS h FROM ${quoted(name)} t`,
  );
  const text = [`SELECT '' AS name, (${TABLE_LIST}) AS h`, ...hashes].join(" UNION ALL ");
  return { name: `fingerprint_${createHash("md5").update(text).digest("hex")}`, text };
}

export async function databaseFingerprint(url: string, except: string[] = []): Promise<Record<string, string>> {
  const client = await clientFor(url);
  try {
    // One round trip for every table (the authorization matrix takes hundreds). The first row
    // lists the tables there are: if that is not the list hashed, hash again with it.
    for (;;) {
      const { rows } = await client.query<{ name: string; h: string }>(fingerprintStatement(knownTables));
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
