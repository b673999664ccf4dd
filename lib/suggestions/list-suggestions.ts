// The suggestions board: sorted by votes or newest, filtered by track and status, with the
// viewer's own votes marked.
import "server-only";
import type { Actor } from "../auth/actor.ts";
import type { Prisma } from "../db/generated/client.ts";
import { getDb } from "../db/index.ts";
import { validationError } from "../errors.ts";
import { toSuggestionDto, suggestionSelect, type SuggestionDto } from "./dto.ts";
import { assertKnownFilters } from "../schedule/assert-known-filters.ts";
import { boardQuerySchema, type BoardQuery } from "./schemas.ts";

export const BOARD_PAGE_SIZE = 50;

export async function listSuggestions(actor: Actor, input: BoardQuery = {}) {
  const parsed = boardQuerySchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues, "That filter is not valid.");
  const q = parsed.data;
  await assertKnownFilters({ track: q.track });
  const where: Prisma.SuggestionWhereInput = {
    status: q.status === "all" ? { not: "MERGED" } : (q.status.toUpperCase() as "OPEN"),
    ...(q.track ? { track: { slug: q.track } } : {}),
  };
  const db = getDb();
  const [total, rows] = await Promise.all([
    db.suggestion.count({ where }),
    db.suggestion.findMany({
      where,
      orderBy: q.sort === "votes" ? [{ voteCount: "desc" }, { createdAt: "desc" }, { id: "asc" }] : [{ createdAt: "desc" }, { id: "asc" }],
      skip: (q.page - 1) * BOARD_PAGE_SIZE,
      take: BOARD_PAGE_SIZE,
      select: suggestionSelect,
    }),
  ]);
  const voted = actor
    ? new Set(
        (await db.vote.findMany({ where: { userId: actor.id, suggestionId: { in: rows.map((r) => r.id) } }, select: { suggestionId: true } })).map(
          (v) => v.suggestionId,
        ),
      )
    : new Set<string>();
  const suggestions: SuggestionDto[] = rows.map((r) => toSuggestionDto(r, actor?.id ?? null, voted));
  return { query: q, total, pages: Math.max(1, Math.ceil(total / BOARD_PAGE_SIZE)), suggestions };
}

/** A person's own suggestions, for /me: what became of them. */
export async function listMySuggestions(actor: Actor): Promise<SuggestionDto[]> {
  if (!actor) return [];
  const rows = await getDb().suggestion.findMany({ where: { authorId: actor.id }, orderBy: { createdAt: "desc" }, select: suggestionSelect });
  return rows.map((r) => toSuggestionDto(r, actor.id, new Set()));
}
