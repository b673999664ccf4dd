// What is next in each series, for the home page.
import "server-only";
import type { Actor } from "../auth/actor.ts";
import { getDb } from "../db/index.ts";
import { toSessionDto, type SessionDto } from "./dto.ts";
import { sessionInclude } from "./session-query.ts";

export type SeriesNextDto = { slug: string; name: string; description: string; next: SessionDto | null; upcomingCount: number };

export async function listNextSessions(_actor: Actor, now = new Date()): Promise<SeriesNextDto[]> {
  const db = getDb();
  const series = await db.series.findMany({
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      sessions: {
        where: { status: "PUBLISHED", endsAt: { gte: now } },
        orderBy: { startsAt: "asc" },
        take: 1,
        include: sessionInclude,
      },
      _count: { select: { sessions: { where: { status: "PUBLISHED", endsAt: { gte: now } } } } },
    },
  });
  return series.map((s) => ({
    slug: s.slug,
    name: s.name,
    description: s.description,
    next: s.sessions[0] ? toSessionDto(s.sessions[0], now) : null,
    upcomingCount: s._count.sessions,
  }));
}
