// A fingerprint of every table, to prove that a refused request changed nothing.
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

export async function databaseFingerprint(url: string, except: string[] = []): Promise<Record<string, string>> {
  const client = await clientFor(url);
  try {
    const { rows: tables } = await client.query<{ relname: string }>(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 1`,
    );
    // One round trip for every table (the authorization matrix takes two fingerprints per cell).
    // A publication can never change once written (a trigger refuses UPDATE): its id stands for
    // its large snapshot.
    const rowText = (relname: string) => (relname === "publications" ? "t.id::text" : "t::text");
    const hashes = tables
      .filter(({ relname }) => !except.includes(relname))
      .map(
        ({ relname }) =>
          `SELECT '${relname}' AS name, md5(coalesce(string_agg(${rowText(relname)}, '|' ORDER BY ${rowText(relname)}), '')) AS h FROM "${relname}" t`,
      );
    const { rows } = await client.query<{ name: string; h: string }>(hashes.join(" UNION ALL "));
    return Object.fromEntries(rows.map((r) => [r.name, r.h]));
  } catch (error) {
    if (open?.client === client) open = null;
    void client.end().catch(() => undefined);
    throw error;
  }
}
