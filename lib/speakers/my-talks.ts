// A volunteer's talks: upcoming and past, with a place to add slides after the session.
import "server-only";
import { z } from "zod";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { getDb } from "../db/index.ts";
import { AppError, validationError } from "../errors.ts";
import { isoInZone } from "../schedule/dto.ts";
import { httpUrlSchema } from "../users/schemas.ts";
import { slotIdSchema } from "./schemas.ts";

export type TalkDto = {
  slotId: string;
  status: "pending" | "approved";
  paperTitle: string;
  session: { id: string; title: string; startsAt: string; timeZone: string };
  hasStarted: boolean;
  isPast: boolean;
  slidesUrl: string | null;
};

export async function listMyTalks(actor: Actor, now = new Date()): Promise<TalkDto[]> {
  if (!actor) return [];
  const claims = await getDb().speakerClaim.findMany({
    where: { userId: actor.id, status: { in: ["PENDING", "APPROVED"] } },
    orderBy: { slot: { session: { startsAt: "asc" } } },
    select: {
      status: true,
      slot: {
        select: {
          id: true, slidesUrl: true,
          paper: { select: { title: true } },
          session: { select: { id: true, title: true, startsAt: true, endsAt: true, timeZone: true } },
        },
      },
    },
  });
  return claims.map((c) => ({
    slotId: c.slot.id,
    status: c.status === "APPROVED" ? "approved" : "pending",
    paperTitle: c.slot.paper.title,
    session: { id: c.slot.session.id, title: c.slot.session.title ?? "", startsAt: isoInZone(c.slot.session.startsAt, c.slot.session.timeZone), timeZone: c.slot.session.timeZone },
    hasStarted: c.slot.session.startsAt <= now,
    isPast: c.slot.session.endsAt < now,
    slidesUrl: c.slot.slidesUrl,
  }));
}

const slidesSchema = z.object({ slotId: slotIdSchema, slidesUrl: httpUrlSchema });

export async function addTalkSlides(actor: Actor, input: { slotId: string; slidesUrl: string }, now = new Date()) {
  if (!actor) throw new AppError("unauthenticated", "Please sign in first.");
  const parsed = slidesSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { slotId, slidesUrl } = parsed.data;
  const db = getDb();
  const slot = await db.slot.findUnique({
    where: { id: slotId },
    select: { session: { select: { startsAt: true } }, claims: { where: { status: "APPROVED" }, select: { userId: true } } },
  });
  if (!slot) throw new AppError("not_found", "There is no such talk.");
  assertCan(actor, "talk.updateSlides", { ownerId: slot.claims[0]?.userId ?? null });
  if (slot.session.startsAt > now) throw new AppError("conflict", "Slides can be added once the session has started.");
  await db.slot.update({ where: { id: slotId }, data: { slidesUrl } });
  return { slotId, slidesUrl };
}
