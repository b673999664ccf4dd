// Two instances of the production app on one database, as behind a load balancer
// (docs/deploy.md): an RSVP through one shows on the other's public page within a few seconds
// (its front caches visitors' pages for 5 s), a job queued through either is sent once, though
// both run the workers, and a person's rate limit counts their requests to both.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { e2eDb, sessionCookieFor, uniqueEmail, SESSION_COOKIE } from "./sign-in.ts";
import { e2eAuthSecret, e2eBaseUrl, e2eDatabaseUrl } from "./support/e2e-env.ts";
import { appNow, systemNow } from "../../lib/time/clock.ts";

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

// One second instance for the file: its tests run in one worker, one after the other.
test.describe.configure({ mode: "serial" });

let second: ChildProcess | undefined;
let secondUrl = "";

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const port = await freePort();
  secondUrl = `http://127.0.0.1:${port}`;
  second = spawn("npx", ["tsx", "scripts/run-app.ts", "start"], {
    detached: true,
    stdio: "ignore",
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-test",
      PORT: String(port),
      DATABASE_URL: e2eDatabaseUrl(),
      AUTH_SECRET: e2eAuthSecret,
      AUTH_DEV_LOGIN: "",
      APP_URL: secondUrl,
      PAPERCLUB_DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "paperclub-second-")),
    },
  });
  await expect.poll(async () => (await fetch(`${secondUrl}/api/health`).catch(() => null))?.status, { timeout: 180_000, intervals: [500] }).toBe(200);
});

test.afterAll(() => {
  if (second?.pid) process.kill(-second.pid, "SIGTERM");
});

test("an RSVP through one instance shows on the other's public page within seconds, and its email is sent once", async ({ page }) => {
  const db = e2eDb();
  const slug = `two-${systemNow().getTime().toString(36)}-${process.pid}`;
  const { rows: series } = await db.query<{ id: string }>(`INSERT INTO series (slug, name) VALUES ($1, 'Two instances') RETURNING id`, [slug]);
  const startsAt = new Date(appNow().getTime() + 200 * 86_400_000);
  const { rows: sessions } = await db.query<{ id: string }>(
    `INSERT INTO sessions (series_id, title, starts_at, ends_at, time_zone, is_in_person, is_remote, venue_name, seats, status)
     VALUES ($1, 'Seen from both', $2, $3, 'America/Los_Angeles', true, true, 'The hall', 5, 'DRAFT') RETURNING id`,
    [series[0].id, startsAt, new Date(startsAt.getTime() + 90 * 60_000)],
  );
  const sessionId = sessions[0].id;
  const organizer = await sessionCookieFor("organizer@example.com");
  const published = await fetch(`${secondUrl}/api/v1/series/${slug}/publications`, {
    method: "POST",
    headers: { cookie: `${SESSION_COOKIE}=${organizer.cookie}`, origin: secondUrl, "content-type": "application/json" },
    body: JSON.stringify({ note: "" }),
  });
  expect(published.status).toBe(201);

  // A visitor reads the page on the second instance (now in its cache).
  await page.goto(`${secondUrl}/sessions/${sessionId}`);
  await expect(page.getByText("5 of 5 seats left in SF").first()).toBeVisible();

  // Three people RSVP through the first instance.
  const emails = [uniqueEmail("two-a"), uniqueEmail("two-b"), uniqueEmail("two-c")];
  for (const email of emails) {
    const { cookie } = await sessionCookieFor(email);
    const answer = await fetch(`${e2eBaseUrl}/api/v1/sessions/${sessionId}/rsvp`, {
      method: "POST",
      headers: { cookie: `${SESSION_COOKIE}=${cookie}`, origin: e2eBaseUrl, "content-type": "application/json" },
      body: JSON.stringify({ mode: "in_person" }),
    });
    expect(answer.status).toBe(200);
  }

  // The second instance shows it within a few seconds.
  await expect(async () => {
    await page.goto(`${secondUrl}/sessions/${sessionId}`);
    await expect(page.getByText("2 of 5 seats left in SF").first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });

  // Both instances run the send-mail workers: each RSVP email reaches the outbox once.
  await expect
    .poll(async () => (await db.query(`SELECT "to" FROM outbox_emails WHERE "to" = ANY($1) ORDER BY "to"`, [emails])).rows.map((r) => r.to), {
      timeout: 60_000,
    })
    .toEqual([...emails].sort());
  await page.waitForTimeout(3_000);
  const { rows } = await db.query(`SELECT "to", count(*)::int AS n FROM outbox_emails WHERE "to" = ANY($1) GROUP BY "to"`, [emails]);
  expect(rows.every((r) => r.n === 1)).toBe(true);
});

test("a person's vote limit counts what they send to either instance", async () => {
  const db = e2eDb();
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM suggestions WHERE status = 'OPEN' ORDER BY created_at LIMIT 1`);
  const { cookie } = await sessionCookieFor(uniqueEmail("limit"));
  const vote = (base: string, method: "POST" | "DELETE") =>
    fetch(`${base}/api/v1/suggestions/${rows[0].id}/vote`, {
      method,
      headers: { cookie: `${SESSION_COOKIE}=${cookie}`, origin: base, "content-type": "application/json" },
    });
  // 60 in 10 minutes (lib/rate-limit/action-limits.ts): 30 votes and 30 take-backs, split over both.
  for (let i = 0; i < 30; i++) {
    expect((await vote(i % 2 ? secondUrl : e2eBaseUrl, "POST")).status).toBe(200);
    expect((await vote(i % 2 ? e2eBaseUrl : secondUrl, "DELETE")).status).toBe(200);
  }
  for (const base of [e2eBaseUrl, secondUrl]) {
    const refused = await vote(base, "POST");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await refused.json()).error.code).toBe("rate_limited");
  }
});
