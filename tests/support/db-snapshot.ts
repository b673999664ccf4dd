// A fingerprint of every table, to prove that a refused request changed nothing.
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
const TABLE_LIST = `SELECT coalesce(string_agg(c.relname::text, ',' ORDER BY c.relname), '') FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'`;

/** One statement (prepared once per connection): the list of tables, and a hash of each known table. */
function fingerprintStatement(tables: string[]) {
  // A publication can never change once written (a trigger refuses UPDATE): its id stands for
  // its large snapshot.
  const rowText = (relname: string) => (relname === "publications" ? "t.id::text" : "t::text");
  const hashes = tables.map(
    (relname) =>
      `SELECT '${relname}' AS name, md5(coalesce(string_agg(${rowText(relname)}, '|' ORDER BY ${rowText(relname)}), '')) AS h FROM "${relname}" t`,
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
