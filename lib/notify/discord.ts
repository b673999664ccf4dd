// Posts to the club's Discord channel through its webhook (DISCORD_WEBHOOK_URL), as a queued
// pg-boss job written in the transaction of the change, retried with backoff by the worker.
// Each post is about one publication; `discord_posts` records the publications posted, so a
// retry of a job whose post went out (the worker died before completing it, or the job expired)
// posts nothing more.
import "server-only";
import { z } from "zod";
import { getDb } from "../db/index.ts";
import type { Prisma } from "../db/generated/client.ts";
import { getJobClient, sqlThrough } from "../jobs/job-client.ts";

/** The queue; created (with its retry policy) by the migrations. */
export const DISCORD_QUEUE = "post-discord";
/** Discord refuses longer messages. */
const MAX_CONTENT = 2000;

const postSchema = z.object({ publicationId: z.string().uuid(), content: z.string().min(1).max(MAX_CONTENT) });
export type DiscordPost = z.infer<typeof postSchema>;

export function discordContent(lines: string[]): string {
  const text = lines.join("\n");
  return text.length <= MAX_CONTENT ? text : `${text.slice(0, MAX_CONTENT - 1)}…`;
}

export async function enqueueDiscordPost(tx: Pick<Prisma.TransactionClient, "$queryRawUnsafe">, post: DiscordPost): Promise<string> {
  const id = await getJobClient().send(DISCORD_QUEUE, postSchema.parse(post), { db: sqlThrough(tx) });
  if (!id) throw new Error(`The "${DISCORD_QUEUE}" queue does not exist: apply the migrations (npm run db:migrate).`);
  return id;
}

/** The worker's side: one post, unless its publication was posted already (or is gone with its
 *  series). A refused post throws, and pg-boss retries it. Mentions are off: titles and notes
 *  typed by people can never ping @everyone. */
export async function deliverDiscordPost(data: unknown, webhookUrl: string | undefined, send: typeof fetch = fetch): Promise<{ posted: boolean }> {
  const post = postSchema.parse(data);
  if (!webhookUrl) return { posted: false };
  const db = getDb();
  const publication = await db.publication.findUnique({ where: { id: post.publicationId }, select: { discordPost: { select: { postedAt: true } } } });
  if (!publication || publication.discordPost) return { posted: false };
  const response = await send(webhookUrl, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ content: post.content, allowed_mentions: { parse: [] } }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`Discord answered ${response.status}`);
  await db.discordPost.createMany({ data: [{ publicationId: post.publicationId }], skipDuplicates: true });
  return { posted: true };
}
