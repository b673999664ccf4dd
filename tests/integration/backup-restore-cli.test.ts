// `npm run db:backup` then `npm run db:restore` as a person types them (decision 018), each a
// child process pointed at a test database by DATABASE_URL (PAPERCLUB_DATA_DIR at an empty
// folder, so no embedded database of a developer is ever touched): the restored database equals
// the original, and a restore into a database holding data is refused with a clear message and
// a failing exit code, changing nothing. backup-restore.test.ts tests the functions beneath.
import { systemNow } from "../../lib/time/clock.ts";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { useTestDatabase } from "../support/database.ts";
import { withDatabase } from "../support/database-names.ts";
import { databaseContents } from "../support/db-snapshot.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
/** The migration ledger is rebuilt by the restore (its ids and times are new); the data is not. */
// Compared separately: the migration ledger (written by the restore's own migration run) and
// pg-boss's queue rows, which the restore makes anew with its own times (their names below).
const LEDGER = ["_prisma_migrations", "pgboss.queue"];
const queueNames = async (url: string) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ name: string }>("SELECT name FROM pgboss.queue ORDER BY name")).rows.map((r) => r.name);
  } finally {
    await client.end();
  }
};

type Run = { code: number | null; stdout: string; stderr: string };

/** `npm run <script> -- <args>` in the project, on the database at `databaseUrl`. */
function npmRun(script: string, args: string[], databaseUrl: string, dataDir: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", script, "--", ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, PAPERCLUB_DATA_DIR: dataDir },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("npm run db:backup, then npm run db:restore", () => {
  const database = useTestDatabase({ seeded: true });
  const databases: string[] = [];
  const folders: string[] = [];
  const adminUrl = () => inject("postgresAdminUrl");

  async function admin(sql: string) {
    const client = new pg.Client({ connectionString: adminUrl() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }
  async function blankDatabase(): Promise<string> {
    const name = `paperclub_cli_restore_${process.pid}_${systemNow().getTime()}`;
    await admin(`CREATE DATABASE "${name}"`);
    databases.push(name);
    return withDatabase(adminUrl(), name);
  }
  function folder(): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), "paperclub-cli-backup-"));
    folders.push(dir);
    return dir;
  }

  afterEach(async () => {
    for (const name of databases.splice(0)) await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("restores a copy equal to the original, and refuses to restore over data with a message and exit code 1", { timeout: 90_000 }, async () => {
    const source = database.current.url;
    const dataDir = folder();
    const file = path.join(folder(), "club.jsonl.gz");

    const backup = await npmRun("db:backup", [file], source, dataDir);
    expect(backup, backup.stderr).toMatchObject({ code: 0, stderr: "" });
    const written = backup.stdout.match(/^\[db\] backup written to (.+): (.+ rows in \d+ tables\))$/m);
    expect(written, backup.stdout).not.toBeNull();
    expect(written![1]).toBe(file);

    const target = await blankDatabase();
    const restore = await npmRun("db:restore", [file], target, dataDir);
    expect(restore, restore.stderr).toMatchObject({ code: 0, stderr: "" });
    // The same rows as the backup said it wrote, and the same contents, table by table.
    expect(restore.stdout).toContain(`[db] restored ${file}: ${written![2]}`);
    const original = await databaseContents(source, LEDGER);
    expect(Object.keys(original)).toContain("publications");
    expect(await databaseContents(target, LEDGER)).toEqual(original);
    expect(await queueNames(target)).toEqual(await queueNames(source));

    // Again into the database that now holds the club: refused, and nothing changed.
    const refused = await npmRun("db:restore", [file], target, dataDir);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toMatch(
      /^The database is not empty \(.+\)\. Restore into an empty database, or add --force to replace everything in it\.$/,
    );
    expect(refused.stderr).not.toMatch(/^\s+at /m); // a sentence, not a stack trace
    expect(await databaseContents(target, LEDGER)).toEqual(original);
  });
});
