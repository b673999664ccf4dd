// A consistent backup of a running database, without pg_dump (the embedded package ships none,
// and a distribution's would be older than its PostgreSQL 18): one REPEATABLE READ READ ONLY
// transaction, so every table is read from the same snapshot while the app keeps writing.
// Rows are read through a cursor in batches, every value in its text form (what COPY writes),
// into gzip-compressed JSON lines (lib/db/backup/backup-format.ts). Queued pg-boss jobs
// (unsent mail, pending posts) are kept; finished jobs and pg-boss's schedules are not (the
// server recreates its schedules when it starts).
import { createWriteStream, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import pg from "pg";
import { BACKUP_FORMAT, TEXT_SETTINGS, tableKey, type BackupCounts, type BackupHeader, type BackupLine } from "./backup-format.ts";
import { PENDING_JOBS, jobTable, listSequences, listTables, pgbossVersion, qualified, quoteIdent, type Table } from "./catalog.ts";
import { systemNow } from "../../time/clock.ts";

const BATCH = 500;

async function* tableLines(client: pg.Client, table: Table, where: string, counts: BackupCounts): AsyncGenerator<BackupLine> {
  yield { kind: "table", schema: table.schema, name: table.name, columns: table.columns.map((c) => c.name) };
  const select = table.columns.map((c) => `${quoteIdent(c.name)}::text`).join(", ");
  await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT ${select} FROM ${qualified(table.schema, table.name)} WHERE ${where}`);
  let count = 0;
  for (;;) {
    const { rows } = await client.query<(string | null)[]>({ text: `FETCH ${BATCH} FROM backup_rows`, rowMode: "array" });
    if (rows.length === 0) break;
    count += rows.length;
    yield { kind: "rows", rows };
  }
  await client.query("CLOSE backup_rows");
  counts[tableKey(table.schema, table.name)] = count;
}

async function* backupLines(client: pg.Client, counts: BackupCounts): AsyncGenerator<BackupHeader | BackupLine> {
  const migrations = await client.query<{ name: string; checksum: string }>(
    `SELECT migration_name AS name, checksum FROM "_prisma_migrations"
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  const bossVersion = await pgbossVersion(client);
  yield { kind: BACKUP_FORMAT, version: 1, createdAt: systemNow().toISOString(), migrations: migrations.rows, pgbossVersion: bossVersion };
  for (const table of await listTables(client)) yield* tableLines(client, table, "true", counts);
  for (const seq of await listSequences(client)) {
    const { rows } = await client.query<{ last_value: string; is_called: boolean }>(
      `SELECT last_value::text, is_called FROM ${qualified(seq.schema, seq.name)}`,
    );
    yield { kind: "sequence", schema: seq.schema, name: seq.name, lastValue: rows[0].last_value, isCalled: rows[0].is_called };
  }
  if (bossVersion !== null) {
    const queues = await client.query<{ name: string; options: Record<string, unknown> }>(
      `SELECT name, json_strip_nulls(json_build_object('policy', policy, 'retryLimit', retry_limit, 'retryDelay', retry_delay,
              'retryBackoff', retry_backoff, 'expireInSeconds', expire_seconds, 'retentionMinutes', retention_minutes,
              'deadLetter', dead_letter)) AS options
         FROM pgboss.queue ORDER BY dead_letter IS NOT NULL, name`,
    );
    for (const queue of queues.rows) yield { kind: "queue", name: queue.name, options: queue.options };
    yield* tableLines(client, await jobTable(client), PENDING_JOBS.where, counts);
  }
  yield { kind: "end", counts };
}

/** Writes a backup of the database at `url` to `file` (its folder is created); answers the row counts. */
export async function writeBackup(url: string, file: string): Promise<BackupCounts> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const partial = `${file}.partial`;
  const counts: BackupCounts = {};
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    for (const setting of TEXT_SETTINGS) await client.query(setting);
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    await pipeline(
      async function* () {
        for await (const line of backupLines(client, counts)) yield `${JSON.stringify(line)}\n`;
      },
      createGzip(),
      createWriteStream(partial, { mode: 0o600 }),
    );
    await client.query("COMMIT");
    renameSync(partial, file);
    return counts;
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}
