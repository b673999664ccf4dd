// The Discord post of a publication, wired end to end: queued by publishSchedule in its
// transaction, run by the real pg-boss worker (startJobs, as the server starts it), and sent to
// DISCORD_WEBHOOK_URL, here a local HTTP server standing in for Discord's webhook. It is retried
// on a 5xx, goes out once per publication, and leaves its idempotency record (discord_posts),
// so the same job run again posts nothing.
import http from "node:http";
import type PgBoss from "pg-boss";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { env } from "../../lib/env.ts";
import { startJobs } from "../../lib/jobs/start-jobs.ts";
import { DISCORD_QUEUE } from "../../lib/notify/discord.ts";
import { publishSchedule } from "../../lib/publications/publish-schedule.ts";
import { cancelSession } from "../../lib/schedule/edit-session.ts";
import { useTestDatabase } from "../support/database.ts";
import { actorByEmail } from "../support/helpers.ts";

const SITE = { siteUrl: "https://paperclub.example" };
const WEBHOOK_PATH = "/api/webhooks/1/secret";

type Received = { path: string; status: number; body: { content: string; allowed_mentions: unknown } };

/** Discord's webhook, played locally: answers each POST with the next status of `answers`, then 204. */
async function startFakeDiscord() {
  const received: Received[] = [];
  const answers: number[] = [];
  const server = http.createServer((req, res) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (text += chunk));
    req.on("end", () => {
      const status = answers.shift() ?? 204;
      received.push({ path: req.url ?? "", status, body: JSON.parse(text) as Received["body"] });
      res.writeHead(status).end(status >= 500 ? "upstream trouble" : undefined);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}${WEBHOOK_PATH}`,
    received,
    answers,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

describe("the Discord job through the real worker", () => {
  const database = useTestDatabase({ seeded: true });
  let discord: Awaited<ReturnType<typeof startFakeDiscord>>;
  let boss: PgBoss | undefined;
  const saved = env.DISCORD_WEBHOOK_URL;

  beforeEach(async () => {
    discord = await startFakeDiscord();
    env.DISCORD_WEBHOOK_URL = discord.url;
  });
  afterEach(async () => {
    env.DISCORD_WEBHOOK_URL = saved;
    await boss?.stop({ graceful: false, wait: true });
    boss = undefined;
    await discord.close();
  });

  /** The Discord jobs queued so far, oldest first. */
  const discordJobs = () =>
    database.current.db.$queryRawUnsafe<{ id: string; state: string; retry_count: number; data: { publicationId: string; content: string } }[]>(
      `SELECT id, state::text, retry_count, data FROM pgboss.job WHERE name = $1 ORDER BY created_on, id`,
      DISCORD_QUEUE,
    );
  const waitUntilDone = (count: number) =>
    expect
      .poll(async () => (await discordJobs()).map((j) => j.state), { timeout: 20_000, interval: 200 })
      .toEqual(Array.from({ length: count }, () => "completed"));

  async function cancelAndPublish(index: number) {
    const db = database.current.db;
    const organizer = await actorByEmail(db, "organizer@example.com");
    const sessions = await db.session.findMany({
      where: { series: { slug: "test-of-time" }, status: "PUBLISHED", pairedSessionId: null, pairedWith: { none: {} } },
      orderBy: { startsAt: "asc" },
    });
    await cancelSession(organizer, { sessionId: sessions[index].id, reason: `Cancelled in test ${index}.` });
    const result = await publishSchedule(organizer, { series: "test-of-time", note: "" }, SITE);
    expect(result.created).toBe(true);
    return db.publication.findUniqueOrThrow({
      where: { seriesId_version: { seriesId: sessions[index].seriesId, version: result.version } },
      select: { id: true, version: true },
    });
  }

  it("retries a 5xx, posts each publication once, and a repeated job finds the record and posts nothing", async () => {
    const db = database.current.db;
    // The publication's emails go to a transport that keeps them quiet; this test is about Discord.
    boss = await startJobs(database.current.url, { pollingIntervalSeconds: 0.5, mailTransport: async () => {} });
    // The queue's own policy (the migration's: 8 retries from 10 s, doubling) would take 30 s
    // here; the same retries, 1 s apart, for this test's database only.
    await boss.updateQueue(DISCORD_QUEUE, { name: DISCORD_QUEUE, retryLimit: 8, retryDelay: 1, retryBackoff: false });

    discord.answers.push(503, 502);
    const first = await cancelAndPublish(0);
    await waitUntilDone(1);
    expect(discord.received.map((r) => r.status)).toEqual([503, 502, 204]);
    expect(new Set(discord.received.map((r) => r.path))).toEqual(new Set([WEBHOOK_PATH]));
    const [job] = await discordJobs();
    expect(job.retry_count).toBe(2);
    expect(job.data.publicationId).toBe(first.id);
    const accepted = discord.received.at(-1)!.body;
    expect(accepted.content).toContain(`version ${first.version}`);
    expect(accepted.content).toContain("Cancelled in test 0.");
    expect(accepted.allowed_mentions).toEqual({ parse: [] });
    expect(await db.discordPost.findMany({ select: { publicationId: true } })).toEqual([{ publicationId: first.id }]);

    // The same post queued again (as when a worker died after Discord answered, before it
    // completed the job): the record is there, so nothing reaches Discord.
    await boss.send(DISCORD_QUEUE, job.data);
    await waitUntilDone(2);
    expect(discord.received).toHaveLength(3);

    // The next publication is its own post, once.
    const second = await cancelAndPublish(1);
    await waitUntilDone(3);
    expect(discord.received).toHaveLength(4);
    expect(discord.received[3]).toMatchObject({ status: 204, body: { content: expect.stringContaining(`version ${second.version}`) } });
    const posted = await db.discordPost.findMany({ select: { publicationId: true }, orderBy: { postedAt: "asc" } });
    expect(posted).toEqual([{ publicationId: first.id }, { publicationId: second.id }]);
  });
});
