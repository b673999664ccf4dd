// Background jobs on a PostgreSQL-backed queue (pg-boss, its tables in the "pgboss" schema):
// they survive restarts, run once even with several app instances, and retry on failure.
// Started by instrumentation.ts when the server starts (unless JOBS=off).
import PgBoss from "pg-boss";
import { deliverQueuedMail } from "../mail/deliver-queued-mail.ts";
import { MAIL_QUEUE } from "../mail/enqueue-mail.ts";
import { JOB_SCHEMA } from "./job-client.ts";
import type { MailTransport } from "../mail/mail.ts";
import { sendMail } from "../mail/send-mail.ts";
import { releaseStaleClaims } from "../speakers/release-stale-claims.ts";
import { queueDueReminders } from "../reminders/queue-reminders.ts";
import { pruneRateLimitHits } from "../rate-limit/prune-hits.ts";
import { DISCORD_QUEUE, deliverDiscordPost } from "../notify/discord.ts";
import { composeRsvpNotice, RSVP_NOTICE_QUEUE } from "../rsvps/rsvp-notice.ts";
import { env } from "../env.ts";
import { appNow } from "../time/clock.ts";

/** Scheduled jobs: their queue name, when they run (cron, UTC), and what they do at `now`. */
export const JOBS = {
  releaseStaleClaims: {
    name: "release-stale-claims",
    cron: "*/15 * * * *",
    run: async (now: Date) => {
      await releaseStaleClaims(now);
    },
  },
  /** Reminder emails (lib/reminders): every 5 minutes, so "an hour before" is 55–60 minutes before. */
  queueReminders: {
    name: "queue-reminders",
    cron: "*/5 * * * *",
    run: async (now: Date) => {
      await queueDueReminders(now);
    },
  },
  /** Rate-limit attempts older than every window (lib/rate-limit/prune-hits.ts): hourly. */
  pruneRateLimitHits: {
    name: "prune-rate-limit-hits",
    cron: "41 * * * *",
    run: async (now: Date) => {
      await pruneRateLimitHits(now);
    },
  },
} as const;

/**
 * Queued mail (lib/mail/enqueue-mail.ts). The queue itself is created by the migrations, with
 * its retry policy: 8 retries, exponential backoff from 10 seconds.
 */
export const MAIL_JOB = { name: MAIL_QUEUE } as const;

async function workOneByOne(boss: PgBoss, queue: string, pollingIntervalSeconds: number, run: (job: PgBoss.Job<unknown>) => Promise<unknown>) {
  let workerId = "";
  workerId = await boss.work(queue, { pollingIntervalSeconds, batchSize: 1 }, async ([job]) => {
    await run(job);
    boss.notifyWorker(workerId);
  });
}

export async function startJobs(
  databaseUrl: string,
  options: {
    pollingIntervalSeconds?: number;
    mailTransport?: MailTransport;
    discordWebhookUrl?: string;
    fetch?: typeof fetch;
    /** The clock of the scheduled jobs (tests move it forward). */
    now?: () => Date;
  } = {},
): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: databaseUrl, schema: JOB_SCHEMA, max: 3 });
  boss.on("error", (error) => console.warn("[jobs]", error instanceof Error ? error.message : error));
  await boss.start();
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 10;
  for (const job of Object.values(JOBS)) {
    await boss.createQueue(job.name);
    await boss.schedule(job.name, job.cron);
    await boss.work(job.name, { pollingIntervalSeconds }, async () => {
      await job.run(options.now?.() ?? appNow());
    });
  }
  const transport = options.mailTransport ?? sendMail;
  // One mail (or post) per fetch: a failure retries that one alone. A throw fails the job and
  // pg-boss retries it. After a job the worker fetches the next at once, so a publication's
  // hundred emails drain in seconds, not one per polling interval.
  await workOneByOne(boss, MAIL_JOB.name, pollingIntervalSeconds, (job) => deliverQueuedMail(job, transport));
  // A member's RSVP queues a notice; its emails are composed here (decision 029).
  await workOneByOne(boss, RSVP_NOTICE_QUEUE, pollingIntervalSeconds, (job) => composeRsvpNotice(job));
  const webhookUrl = options.discordWebhookUrl ?? env.DISCORD_WEBHOOK_URL;
  await workOneByOne(boss, DISCORD_QUEUE, pollingIntervalSeconds, (job) => deliverDiscordPost(job.data, webhookUrl, options.fetch));
  return boss;
}
