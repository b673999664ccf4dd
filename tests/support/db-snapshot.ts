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
    const out: Record<string, string> = {};
    for (const { relname } of tables) {
      if (except.includes(relname)) continue;
      const { rows } = await client.query<{ h: string }>(
        `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM "${relname}" t`,
      );
      out[relname] = rows[0].h;
    }
    return out;
  } finally {
    await client.end();
  }
}
