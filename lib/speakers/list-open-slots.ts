// "Needs a speaker": open slots of published upcoming sessions, soonest first.
import "server-only";
import type { Actor } from "../auth/actor.ts";
import { can } from "../auth/permissions.ts";
import { getDb } from "../db/index.ts";
import { validationError } from "../errors.ts";
import { ACTIVE_CLAIM_STATUSES, isoInZone } from "../schedule/dto.ts";
import { assertKnownFilters } from "../schedule/assert-known-filters.ts";
import { openSlotsQuerySchema } from "./schemas.ts";
import { appNow } from "../time/clock.ts";

export type OpenSlotDto = {
  slotId: string;
  position: number;
  paper: { title: string; authors: string[]; year: number | null; url: string };
  session: { id: string; title: string; startsAt: string; timeZone: string };
  series: { slug: string; name: string };
  track: { slug: string; name: string } | null;
};

export type PendingClaimDto = {
  claimId: string;
  slotId: string;
  volunteer: string;
  coPresenter: string | null;
  note: string | null;
  createdAt: string;
  paperTitle: string;
  session: { id: string; title: string; startsAt: string; timeZone: string };
};

export async function listOpenSlots(actor: Actor, input: { track?: string; series?: string } = {}, now = appNow()) {
  const parsed = openSlotsQuerySchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues, "That filter is not valid.");
  const q = parsed.data;
  await assertKnownFilters(q);
  const db = getDb();
  const rows = await db.slot.findMany({
    where: {
      claims: { none: { status: { in: ACTIVE_CLAIM_STATUSES } } },
      session: {
        status: "PUBLISHED",
        startsAt: { gt: now },
        ...(q.track ? { track: { slug: q.track } } : {}),
        ...(q.series ? { series: { slug: q.series } } : {}),
      },
    },
    orderBy: [{ session: { startsAt: "asc" } }, { position: "asc" }],
    select: {
      id: true,
      position: true,
      paper: { select: { title: true, authors: true, year: true, url: true } },
      session: {
        select: {
          id: true,
          title: true,
          startsAt: true,
          timeZone: true,
          series: { select: { slug: true, name: true } },
          track: { select: { slug: true, name: true } },
        },
      },
    },
  });
  const slots: OpenSlotDto[] = rows.map((r) => ({
    slotId: r.id,
    position: r.position,
    paper: r.paper,
    session: {
      id: r.session.id,
      title: r.session.title ?? r.paper.title,
      startsAt: isoInZone(r.session.startsAt, r.session.timeZone),
      timeZone: r.session.timeZone,
    },
    series: r.session.series,
    track: r.session.track,
  }));

  // Organizers also see the claims waiting for them.
  let pending: PendingClaimDto[] | null = null;
  if (can(actor, "claim.decide")) {
    const claims = await db.speakerClaim.findMany({
      where: { status: "PENDING", slot: { session: { startsAt: { gt: now } } } },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        slotId: true,
        coPresenter: true,
        note: true,
        createdAt: true,
        user: { select: { name: true, email: true } },
        slot: { select: { paper: { select: { title: true } }, session: { select: { id: true, title: true, startsAt: true, timeZone: true } } } },
      },
    });
    pending = claims.map((c) => ({
      claimId: c.id,
      slotId: c.slotId,
      volunteer: c.user?.name ?? c.user?.email ?? "A member",
      coPresenter: c.coPresenter,
      note: c.note,
      createdAt: c.createdAt.toISOString(),
      paperTitle: c.slot.paper.title,
      session: {
        id: c.slot.session.id,
        title: c.slot.session.title ?? "",
        startsAt: isoInZone(c.slot.session.startsAt, c.slot.session.timeZone),
        timeZone: c.slot.session.timeZone,
      },
    }));
  }
  return { query: q, slots, pending };
}
