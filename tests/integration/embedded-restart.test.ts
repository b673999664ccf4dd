// The launcher's embedded PostgreSQL comes back on its own when its postmaster dies, on the
// same port (the app's DATABASE_URL stays right), and says so in the log (decision 018). The
// db scripts find it running and use it.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../lib/db/ensure-database.ts";
import { readPostmasterPid } from "../../lib/db/postmaster-pid.ts";
import { systemNow } from "../../lib/time/clock.ts";

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on("error", () => {});
  try {
    await client.connect();
    return (await client.query("SELECT 41 + 1 AS n")).rows[0].n === 42;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function eventually(check: () => Promise<boolean> | boolean, timeoutMs: number): Promise<boolean> {
  const deadline = systemNow().getTime() + timeoutMs;
  while (systemNow().getTime() < deadline) {
    if (await check()) return true;
    await sleep(250);
  }
  return false;
}

describe("the embedded PostgreSQL under the launcher", () => {
  const saved = { DATABASE_URL: process.env.DATABASE_URL, PAPERCLUB_DATA_DIR: process.env.PAPERCLUB_DATA_DIR };
  let dir = "";
  afterEach(() => {
    Object.assign(process.env, saved);
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("is restarted after its postmaster is killed, and the log says so", { timeout: 180_000 }, async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "paperclub-restart-"));
    process.env.DATABASE_URL = "";
    process.env.PAPERCLUB_DATA_DIR = dir;
    const log: string[] = [];
    const db = await openDatabase({ log: (line) => log.push(line), restart: { firstDelayMs: 200 } });
    try {
      expect(await answers(db.url)).toBe(true);
      const first = readPostmasterPid(path.join(dir, "postgres"));
      expect(first).not.toBeNull();
      // The db scripts (backup, restore, migrate, seed) use the server the launcher runs.
      const script = await openDatabase({ reuseRunning: true, log: (line) => log.push(line) });
      expect(script.url).toBe(db.url);
      expect(log.at(-1)).toMatch(/^using the embedded PostgreSQL running in .* \(port \d+\)$/);

      process.kill(first!.pid, "SIGKILL");
      expect(await eventually(() => log.includes("embedded PostgreSQL is back"), 120_000)).toBe(true);
      expect(log).toContain("embedded PostgreSQL stopped unexpectedly (signal SIGKILL); restarting");
      expect(await eventually(() => answers(db.url), 30_000)).toBe(true);
      const second = readPostmasterPid(path.join(dir, "postgres"));
      expect(second?.pid).not.toBe(first!.pid);
      expect(second?.port).toBe(first!.port);
    } finally {
      await db.stop();
    }
    // Stopped on purpose: not restarted.
    await sleep(1500);
    expect(log.filter((l) => l.includes("stopped unexpectedly"))).toHaveLength(1);
    expect(await answers(db.url)).toBe(false);
  });
});
