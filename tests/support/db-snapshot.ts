// A fingerprint of every table, to prove that a refused request changed nothing.
import pg from "pg";

export async function databaseFingerprint(url: string, except: string[] = []): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
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
  } finally {
    await client.end();
  }
}
