// npm run db:backup / db:restore (decision 018): a backup of a database in use restores into a
// fresh one with every row of every table (all columns), the sequences, the queued jobs, and
// the constraints and triggers working again; a database holding data is refused.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import type { SignedInActor } from "../../lib/auth/actor.ts";
import { RestoreRefused, restoreBackup } from "../../lib/db/backup/restore-backup.ts";
import { writeBackup } from "../../lib/db/backup/write-backup.ts";
import { migrate, readMigrations } from "../../lib/db/migrate.ts";
import { rsvpToSession } from "../../lib/rsvps/rsvp.ts";
import { useTestDatabase } from "../support/database.ts";
import { withDatabase } from "../support/database-names.ts";
import { people, rsvpSession, SITE } from "../support/rsvp-fixtures.ts";
import { systemNow } from "../../lib/time/clock.ts";

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Every row of every table of the app's schemas as text, the sequences, the pending jobs, the constraints and triggers. */
async function contents(url: string) {
  return withClient(url, async (client) => {
    await client.query("SET TimeZone = 'UTC'");
    const { rows: tables } = await client.query<{ s: string; t: string }>(
      `SELECT table_schema AS s, table_name AS t FROM information_schema.tables
        WHERE table_schema IN ('public', 'mail') AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1, 2`,
    );
    const rows: Record<string, string[]> = {};
    for (const { s, t } of tables) {
      rows[`${s}.${t}`] = (await client.query<{ r: string }>(`SELECT x::text AS r FROM "${s}"."${t}" x ORDER BY 1`)).rows.map((r) => r.r);
    }
    const jobs = (await client.query<{ r: string }>(`SELECT x::text AS r FROM pgboss.job x WHERE state < 'completed' ORDER BY 1`)).rows.map(
      (r) => r.r,
    );
    const { rows: sequences } = await client.query(`SELECT schemaname, sequencename, last_value FROM pg_sequences ORDER BY 1, 2`);
    const { rows: constraints } = await client.query(
      `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def, convalidated FROM pg_constraint
        WHERE connamespace IN ('public'::regnamespace, 'mail'::regnamespace) ORDER BY 1, 2`,
    );
    const { rows: triggers } = await client.query(
      `SELECT tgrelid::regclass::text AS tbl, tgname, tgenabled FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1, 2`,
    );
    const { rows: migrations } = await client.query(`SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY 1`);
    return { rows, jobs, sequences, constraints, triggers, migrations };
  });
}

describe("backup and restore", () => {
  const database = useTestDatabase({ seeded: true });
  const created: string[] = [];
  const adminUrl = () => inject("postgresAdminUrl");

  async function blankDatabase(): Promise<string> {
    const name = `paperclub_restore_${created.length}_${process.pid}_${systemNow().getTime()}`;
    await withClient(adminUrl(), (c) => c.query(`CREATE DATABASE "${name}"`));
    created.push(name);
    return withDatabase(adminUrl(), name);
  }

  afterEach(async () => {
    for (const name of created.splice(0)) await withClient(adminUrl(), (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  });

  const backupFile = () => path.join(mkdtempSync(path.join(os.tmpdir(), "paperclub-backup-")), "backup.jsonl.gz");

  /** The demo data plus a full session with a waitlist (its confirmation mail queued). */
  async function busyClub(): Promise<string> {
    const db = database.current.db;
    const sessionId = await rsvpSession(db, { seats: 2 });
    const crowd: SignedInActor[] = await people(db, 4, "backup");
    for (const who of crowd) await rsvpToSession(who, { sessionId, mode: "in_person" }, SITE);
    // Text that a careless format would mangle.
    await db.user.update({ where: { id: crowd[0].id }, data: { name: 'Zoë "Q" \\ {a,b} NULL\n\ttab 🎉' } });
    return sessionId;
  }

  it("restores every row, sequence and queued job into a fresh database, with constraints and triggers working", async () => {
    const sessionId = await busyClub();
    const source = await contents(database.current.url);
    expect(source.rows["public.rsvps"].some((r) => r.includes("WAITLISTED"))).toBe(true);
    expect(source.rows["public.publications"].length).toBeGreaterThan(0);
    expect(source.jobs.length).toBeGreaterThan(0);
    expect(source.sequences.find((s) => s.sequencename === "rsvps_waitlist_seq_seq")?.last_value).not.toBeNull();

    const file = backupFile();
    const backedUp = await writeBackup(database.current.url, file);
    expect(backedUp.rsvps).toBe(source.rows["public.rsvps"].length);
    expect(backedUp.users).toBe(source.rows["public.users"].length);

    const target = await blankDatabase();
    const restored = await restoreBackup(target, file);
    expect(restored).toEqual(backedUp);
    const copy = await contents(target);
    expect(Object.keys(copy.rows)).toEqual(Object.keys(source.rows));
    for (const table of Object.keys(source.rows)) expect(copy.rows[table], table).toEqual(source.rows[table]);
    expect(copy.jobs).toEqual(source.jobs);
    expect(copy.sequences).toEqual(source.sequences);
    expect(copy.constraints).toEqual(source.constraints);
    expect(copy.triggers).toEqual(source.triggers);
    expect(copy.migrations).toEqual(source.migrations);

    // The seat counter's trigger is on again: one more confirmed seat counts once.
    await withClient(target, async (client) => {
      await client.query(`UPDATE sessions SET seats = seats + 1 WHERE id = $1`, [sessionId]);
      const { rows: before } = await client.query(`SELECT in_person_confirmed AS n FROM sessions WHERE id = $1`, [sessionId]);
      await client.query(
        `UPDATE rsvps SET status = 'CONFIRMED', waitlist_seq = NULL WHERE session_id = $1 AND status = 'WAITLISTED' AND waitlist_seq = (SELECT min(waitlist_seq) FROM rsvps WHERE session_id = $1)`,
        [sessionId],
      );
      const { rows: after } = await client.query(`SELECT in_person_confirmed AS n FROM sessions WHERE id = $1`, [sessionId]);
      expect(after[0].n).toBe(before[0].n + 1);
      // And the foreign keys are back.
      await expect(
        client.query(`INSERT INTO rsvps (session_id, user_id, mode, status) VALUES (gen_random_uuid(), gen_random_uuid(), 'REMOTE', 'CONFIRMED')`),
      ).rejects.toThrow(/foreign key/);
    });
  });

  it("refuses a database that holds data, and replaces it with --force", async () => {
    const file = backupFile();
    await busyClub();
    await writeBackup(database.current.url, file);
    const source = await contents(database.current.url);

    const target = await blankDatabase();
    await restoreBackup(target, file);
    await withClient(target, (c) => c.query(`UPDATE users SET name = 'changed after restore'`));
    const refusal = await restoreBackup(target, file).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(RestoreRefused);
    expect((refusal as Error).message).toMatch(/^The database is not empty \(.*\d+ in rsvps.*--force/);
    expect((await contents(target)).rows["public.users"].some((r) => r.includes("changed after restore"))).toBe(true);

    await restoreBackup(target, file, { force: true });
    expect((await contents(target)).rows).toEqual(source.rows);
  });

  it("restores a backup made at an earlier migration, then applies the later ones", async () => {
    const migrations = readMigrations();
    const older = await blankDatabase();
    await migrate(older, { until: migrations[migrations.length - 2].name });
    const file = backupFile();
    await writeBackup(older, file);
    const target = await blankDatabase();
    await restoreBackup(target, file);
    expect((await contents(target)).migrations.map((m) => m.migration_name)).toEqual(migrations.map((m) => m.name));
  });

  it("refuses an incomplete backup file before touching the database", async () => {
    const file = backupFile();
    await writeBackup(database.current.url, file);
    const { readFileSync, writeFileSync } = await import("node:fs");
    const { gunzipSync, gzipSync } = await import("node:zlib");
    const lines = gunzipSync(readFileSync(file)).toString("utf8").trimEnd().split("\n");
    writeFileSync(file, gzipSync(lines.slice(0, -1).join("\n")));
    const target = await blankDatabase();
    await expect(restoreBackup(target, file)).rejects.toThrow(/incomplete/);
    const tables = await withClient(target, (c) => c.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`));
    expect(tables.rows[0].n).toBe(0);
  });
});
