// What is next in each series, for the home page: from the latest publications.
import "server-only";
import type { Actor } from "../auth/actor.ts";
import { getDb } from "../db/index.ts";
import { latestPublications } from "../publications/latest-publications.ts";
import type { SessionDto } from "./dto.ts";
import { publishedSessionsOf, toPublishedDtos } from "./published-sessions.ts";
import { appNow } from "../time/clock.ts";

export type SeriesNextDto = { slug: string; name: string; description: string; next: SessionDto | null; upcomingCount: number };

export async function listNextSessions(_actor: Actor, now = appNow()): Promise<SeriesNextDto[]> {
  const [series, publications] = await Promise.all([
    getDb().series.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, slug: true, name: true, description: true } }),
    latestPublications(),
  ]);
  const bySeries = new Map(publications.map((p) => [p.seriesId, p.snapshot]));
  const upcoming = series.map((s) => {
    const snapshot = bySeries.get(s.id);
    const items = snapshot
      ? publishedSessionsOf([snapshot]).filter((i) => i.session.status === "published" && new Date(i.session.endsAt) >= now)
      : [];
    return { series: s, items };
  });
  const next = await toPublishedDtos(
    upcoming.flatMap((u) => u.items.slice(0, 1)),
    now,
  );
  return upcoming.map((u) => ({
    slug: u.series.slug,
    name: u.series.name,
    description: u.series.description,
    next: next.find((n) => n.series.slug === u.series.slug) ?? null,
    upcomingCount: u.items.length,
  }));
}
