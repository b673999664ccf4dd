// Restores a backup (lib/db/backup/write-backup.ts) into an empty database: rebuilds the schema
// with the migrations the backup was made at, loads every row exactly as it was, then applies
// any later migrations. Rows load in one transaction with the foreign keys dropped and re-added
// at the end (so they are checked once, whatever the order of tables and self-references) and
// the tables' own triggers off (rsvps_count_in_person would count the RSVPs into
// sessions.in_person_confirmed a second time). Sequences are set to their backed-up values.
import { createReadStream } from "node:fs";
import readline from "node:readline";
import { createGunzip } from "node:zlib";
import pg from "pg";
import { migrate, readMigrations } from "../migrate.ts";
import { BACKUP_FORMAT, TEXT_SETTINGS, backupLine, headerLine, tableKey, type BackupCounts, type BackupHeader } from "./backup-format.ts";
import { DATA_SCHEMAS, PENDING_JOBS, jobTable, listTables, pgbossVersion, qualified, quoteIdent } from "./catalog.ts";

export class RestoreRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RestoreRefused";
  }
}

/** The backup's migrations must be this version's first ones, unchanged; answers the last. */
function checkMigrations(header: BackupHeader): string {
  const known = readMigrations();
  header.migrations.forEach((m, i) => {
    if (known[i]?.name !== m.name || known[i].checksum !== m.checksum) {
      throw new RestoreRefused(
        `The backup was made at migration ${m.name}, which this version of Paper Club does not have as it was. Restore it with the version that made it.`,
      );
    }
  });
  return header.migrations[header.migrations.length - 1].name;
}

/** Tables of the target that hold rows, with their counts. */
async function occupiedTables(client: pg.Client): Promise<string[]> {
  const tables = await listTables(client);
  if (tables.length === 0) return [];
  const { rows } = await client.query<{ name: string; n: number }>(
    tables.map((t) => `SELECT '${tableKey(t.schema, t.name)}' AS name, count(*)::int AS n FROM ${qualified(t.schema, t.name)}`).join(" UNION ALL "),
  );
  return rows.filter((r) => r.n > 0).map((r) => `${r.n} in ${r.name}`);
}

async function resetSchemas(client: pg.Client) {
  await client.query("DROP SCHEMA IF EXISTS pgboss CASCADE");
  for (const schema of DATA_SCHEMAS) await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
  await client.query("CREATE SCHEMA public");
}

async function* readLines(file: string): AsyncGenerator<unknown> {
  const lines = readline.createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim() !== "") yield JSON.parse(line);
}

type Target = { key: string; insert: string; count: number; skip: boolean };

async function loadRows(client: pg.Client, header: BackupHeader, lines: AsyncGenerator<unknown>, log: (line: string) => void): Promise<BackupCounts> {
  const tables = await listTables(client);
  const targetBoss = await pgbossVersion(client);
  const keepJobs = header.pgbossVersion !== null && header.pgbossVersion === targetBoss;
  const foreignKeys = await client.query<{ tbl: string; name: string; def: string }>(
    `SELECT conrelid::regclass::text AS tbl, conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE contype = 'f' AND connamespace = ANY (SELECT oid FROM pg_namespace WHERE nspname = ANY($1))`,
    [DATA_SCHEMAS],
  );
  for (const fk of foreignKeys.rows) await client.query(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT ${quoteIdent(fk.name)}`);
  for (const t of tables) await client.query(`ALTER TABLE ${qualified(t.schema, t.name)} DISABLE TRIGGER USER`);

  const counts: BackupCounts = {};
  let target: Target | undefined;
  if (!keepJobs && header.pgbossVersion !== null)
    log(`queued jobs not restored: the backup's pg-boss schema is version ${header.pgbossVersion}, this one ${targetBoss}`);
  for await (const raw of lines) {
    const line = backupLine.parse(raw);
    if (line.kind === "table") {
      const isJobs = line.schema === PENDING_JOBS.schema && line.name === PENDING_JOBS.name;
      const table = isJobs ? await jobTable(client) : tables.find((t) => t.schema === line.schema && t.name === line.name);
      const types = new Map(table?.columns.map((c) => [c.name, c.type]));
      const missing = line.columns.filter((c) => !types.has(c));
      if (missing.length > 0)
        throw new RestoreRefused(`The backup's ${line.schema}.${line.name} has columns this database lacks: ${missing.join(", ")}.`);
      const casts = line.columns.map((c, i) => `u.c${i}::${types.get(c)}`).join(", ");
      const arrays = line.columns.map((_, i) => `$${i + 1}::text[]`).join(", ");
      const aliases = line.columns.map((_, i) => `c${i}`).join(", ");
      target = {
        key: tableKey(line.schema, line.name),
        count: 0,
        skip: isJobs && !keepJobs,
        insert: `INSERT INTO ${qualified(line.schema, line.name)} (${line.columns.map(quoteIdent).join(", ")}) OVERRIDING SYSTEM VALUE
                 SELECT ${casts} FROM unnest(${arrays}) AS u(${aliases})`,
      };
      counts[target.key] = 0;
    } else if (line.kind === "rows") {
      if (!target) throw new RestoreRefused("The backup has rows before any table.");
      target.count += line.rows.length;
      counts[target.key] = target.count;
      if (target.skip) continue;
      const columns = line.rows[0]?.map((_, i) => line.rows.map((r) => r[i])) ?? [];
      if (columns.length > 0) await client.query(target.insert, columns);
    } else if (line.kind === "sequence") {
      await client.query("SELECT setval($1::regclass, $2::bigint, $3)", [qualified(line.schema, line.name), line.lastValue, line.isCalled]);
    } else if (line.kind === "queue") {
      await client.query("SELECT pgboss.create_queue($1, $2::json) WHERE NOT EXISTS (SELECT 1 FROM pgboss.queue WHERE name = $1)", [
        line.name,
        JSON.stringify(line.options),
      ]);
    }
  }
  for (const t of tables) await client.query(`ALTER TABLE ${qualified(t.schema, t.name)} ENABLE TRIGGER USER`);
  for (const fk of foreignKeys.rows) await client.query(`ALTER TABLE ${fk.tbl} ADD CONSTRAINT ${quoteIdent(fk.name)} ${fk.def}`);
  return counts;
}

/** Reads the whole file first: a damaged or incomplete backup is refused before the target is touched. */
async function verifyBackup(file: string): Promise<BackupHeader> {
  const counts: BackupCounts = {};
  let header: BackupHeader | undefined;
  let table = "";
  let expected: BackupCounts | undefined;
  try {
    for await (const raw of readLines(file)) {
      if (!header) {
        header = headerLine.parse(raw);
        continue;
      }
      const line = backupLine.parse(raw);
      if (line.kind === "table") counts[(table = tableKey(line.schema, line.name))] = 0;
      else if (line.kind === "rows" && table) counts[table] += line.rows.length;
      else if (line.kind === "rows") throw new Error("rows before any table");
      else if (line.kind === "end") expected = line.counts;
    }
  } catch (error) {
    throw new RestoreRefused(
      `${file} is not a readable Paper Club backup (${BACKUP_FORMAT}, version 1): ${error instanceof Error ? error.message.split("\n")[0] : error}`,
    );
  }
  if (!header) throw new RestoreRefused(`${file} is empty.`);
  if (!expected) throw new RestoreRefused(`${file} is incomplete (it has no end line).`);
  for (const [key, n] of Object.entries(expected)) {
    if (counts[key] !== n) throw new RestoreRefused(`${file} is damaged: ${key} should have ${n} rows, it has ${counts[key] ?? 0}.`);
  }
  return header;
}

/**
 * Restores `file` into the database at `url`. Refuses a database that holds any row unless
 * `force` (which replaces everything in it). Answers the restored row counts.
 */
export async function restoreBackup(
  url: string,
  file: string,
  options: { force?: boolean; log?: (line: string) => void } = {},
): Promise<BackupCounts> {
  const log = options.log ?? (() => {});
  const header = await verifyBackup(file);
  const lastMigration = checkMigrations(header);
  const lines = readLines(file);
  await lines.next(); // the header

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const occupied = await occupiedTables(client);
    if (occupied.length > 0 && !options.force) {
      throw new RestoreRefused(
        `The database is not empty (${occupied.slice(0, 5).join(", ")}${occupied.length > 5 ? ", …" : ""}). Restore into an empty database, or add --force to replace everything in it.`,
      );
    }
    await resetSchemas(client);
    await migrate(url, { until: lastMigration, log });
    await client.query("BEGIN");
    for (const setting of TEXT_SETTINGS) await client.query(setting);
    const counts = await loadRows(client, header, lines, log);
    await client.query("COMMIT");
    await migrate(url, { log });
    return counts;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await lines.return(undefined);
    await client.end();
  }
}
