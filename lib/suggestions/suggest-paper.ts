// A member suggests a paper. The paste is reduced to a canonical identity; arXiv fills in the
// title and authors (or the member types them when it cannot); a paper is never suggested
// twice, nor one already presented or scheduled; a near-identical title under another
// identity needs a second "yes, it is different".
import "server-only";
import { appNow } from "../time/clock.ts";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { getDb } from "../db/index.ts";
import { AppError, validationError } from "../errors.ts";
import { similarTitles } from "../papers/similar-titles.ts";
import { isUniqueViolation } from "../db/errors.ts";
import { toSuggestionDto, suggestionSelect, type SuggestionDto } from "./dto.ts";
import { identifyPaper, paperIdFor, standingOf, type PaperStanding } from "./identify-paper.ts";
import { QUEUED_TRANSACTION } from "../rate-limit/sliding-window.ts";
import { assertSuggestionQuota } from "./rate-limit.ts";
import { suggestPaperSchema, type SuggestPaperInput } from "./schemas.ts";
import { formatSessionDay } from "./session-day.ts";

async function refuseStanding(standing: PaperStanding): Promise<void> {
  if (standing.kind === "suggested") {
    throw new AppError("conflict", "This paper has already been suggested. Upvote it instead.", undefined, {
      reason: "duplicate",
      suggestionId: standing.suggestionId,
    });
  }
  if (standing.kind === "covered") {
    throw new AppError("conflict", `The club already covered this paper on ${await formatSessionDay(standing)}.`, undefined, {
      reason: "covered",
      sessionId: standing.sessionId,
      coveredOn: standing.startsAt,
      recordingUrl: standing.recordingUrl,
    });
  }
  if (standing.kind === "scheduled") {
    throw new AppError("conflict", `This paper is already on the schedule for ${await formatSessionDay(standing)}.`, undefined, {
      reason: "scheduled",
      sessionId: standing.sessionId,
    });
  }
}

export async function suggestPaper(actor: Actor, input: SuggestPaperInput): Promise<SuggestionDto> {
  assertCan(actor, "suggestion.create");
  const parsed = suggestPaperSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const data = parsed.data;
  const db = getDb();

  const found = await identifyPaper(data.url);
  await refuseStanding(found.standing);
  const title = found.metadata?.title ?? data.title;
  const authors = found.metadata?.authors ?? data.authors;
  if (!title) {
    const why =
      found.lookup === "not_arxiv"
        ? "Type the paper's title: we only look titles up for arXiv papers."
        : "We could not look this paper up on arXiv just now. Type its title and authors.";
    throw new AppError("validation", why, { title: "Type the paper's title." }, { lookup: found.lookup });
  }

  const track = data.track ? await db.track.findUnique({ where: { slug: data.track }, select: { id: true } }) : null;
  if (data.track && !track) throw new AppError("validation", "There is no such track.", { track: "Choose a track from the list." });

  if (!found.paperId && !data.confirmNotDuplicate) {
    const known = await db.paper.findMany({
      where: { OR: [{ suggestions: { some: { status: { not: "MERGED" } } } }, { slots: { some: {} } }] },
      select: { id: true, title: true, suggestions: { select: { id: true } } },
    });
    const similar = similarTitles(title, known);
    if (similar.length > 0) {
      throw new AppError("conflict", `Did you mean "${similar[0].title}"? It looks like the same paper.`, undefined, {
        reason: "similar_title",
        similar: similar.map((p) => ({ paperId: p.id, title: p.title, suggestionId: p.suggestions[0]?.id ?? null })),
      });
    }
  }

  try {
    const id = await db.$transaction(async (tx) => {
      // The quota counts suggestions by their createdAt: both from the app's clock.
      const now = appNow();
      await assertSuggestionQuota(tx, actor.id, now);
      const paperId = await paperIdFor(tx, found, { title, authors });
      const created = await tx.suggestion.create({
        data: { kind: "PAPER", paperId, title, reason: data.reason, trackId: track?.id ?? null, authorId: actor.id, createdAt: now },
        select: { id: true },
      });
      return created.id;
    }, QUEUED_TRANSACTION);
    const row = await db.suggestion.findUniqueOrThrow({ where: { id }, select: suggestionSelect });
    return toSuggestionDto(row, actor.id, new Set());
  } catch (error) {
    // Someone suggested the same paper a moment ago.
    if (isUniqueViolation(error)) {
      const paper = await db.paper.findUnique({ where: { canonicalId: found.identity.canonicalId }, select: { id: true } });
      if (paper) await refuseStanding(await standingOf(paper.id));
      throw new AppError("conflict", "This paper has just been suggested by someone else. Upvote it instead.");
    }
    throw error;
  }
}
