// An organizer publishes the draft of a series: an immutable version with its change log, the
// sessions' public state, and the emails and Discord post about it — in one transaction.
import "server-only";
import { appNow } from "../time/clock.ts";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { getDb } from "../db/index.ts";
import type { Prisma } from "../db/generated/client.ts";
import { env } from "../env.ts";
import { AppError } from "../errors.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { parseInput } from "../validation/parse-input.ts";
import { buildSnapshot } from "./build-snapshot.ts";
import { diffSnapshots } from "./diff-snapshots.ts";
import { notifyPublication } from "./notify-publication.ts";
import { publishSchema, type PublishInput } from "./schemas.ts";
import type { ScheduleChange, ScheduleSnapshot } from "./snapshot.ts";

export type PublishResult = { series: string; version: number; created: boolean; changes: ScheduleChange[] };

export async function publishSchedule(actor: Actor, input: PublishInput, options: { siteUrl: string }): Promise<PublishResult> {
  assertCan(actor, "schedule.publish");
  const { series: slug, note } = parseInput(publishSchema, input);
  return getDb().$transaction(
    async (tx) => {
      const series = await tx.series.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
      if (!series) throw new AppError("not_found", "There is no such series.");
      // One publisher per series at a time: the version number and the change log are computed
      // from the latest publication, which must not change under us. A second organizer who
      // pressed Publish at the same moment then finds nothing left to publish.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('paperclub.publish'), hashtext(${series.id}))`;
      const latest = await tx.publication.findFirst({
        where: { seriesId: series.id },
        orderBy: { version: "desc" },
        select: { version: true, snapshot: true },
      });
      const previous = (latest?.snapshot ?? null) as ScheduleSnapshot | null;
      const snapshot = await buildSnapshot(tx, series.id);
      const changes = diffSnapshots(previous, snapshot);
      if (latest && changes.length === 0) return { series: series.slug, version: latest.version, created: false, changes };

      const version = (latest?.version ?? 0) + 1;
      const publication = await tx.publication.create({
        data: {
          seriesId: series.id,
          version,
          note,
          snapshot: snapshot as unknown as Prisma.InputJsonValue,
          changes: changes as unknown as Prisma.InputJsonValue,
          publishedById: actor.id,
          // The app's clock, not the column's default: publications are read newest first (decision 025).
          publishedAt: appNow(),
        },
        select: { id: true },
      });
      await markPublished(tx, series.id, changes);
      await writeAudit(
        {
          actorId: actor.id,
          action: "schedule.published",
          targetType: "series",
          targetId: series.id,
          data: { version, changes: changes.length, note },
        },
        tx,
      );
      await notifyPublication(tx, {
        publicationId: publication.id,
        series,
        version,
        note,
        changes,
        snapshot,
        previous,
        siteUrl: options.siteUrl,
        discord: Boolean(env.DISCORD_WEBHOOK_URL),
      });
      return { series: series.slug, version, created: true, changes };
    },
    { maxWait: 15_000, timeout: 30_000 },
  );
}

/** Drafts become published; every changed session's iCalendar SEQUENCE rises. */
async function markPublished(tx: Prisma.TransactionClient, seriesId: string, changes: ScheduleChange[]) {
  await tx.session.updateMany({ where: { seriesId, removedAt: null, status: "DRAFT" }, data: { status: "PUBLISHED" } });
  const changed = [...new Set(changes.filter((c) => c.kind !== "session_added").map((c) => c.sessionId))];
  if (changed.length) await tx.session.updateMany({ where: { id: { in: changed } }, data: { sequence: { increment: 1 } } });
}
