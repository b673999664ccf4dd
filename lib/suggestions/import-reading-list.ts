// An organizer pastes a reading list (one link per line, e.g. the club's "top papers of the
// year") to add them at once as accepted suggestions of a track. Each line is reported as
// added, duplicate or not understood; arXiv fills in titles where it can. Each added line is
// its own transaction, with its audit entry.
import "server-only";
import type { z } from "zod";
import { parseInput } from "../validation/parse-input.ts";
import { importReadingListSchema } from "./schemas.ts";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { getDb } from "../db/index.ts";
import { AppError } from "../errors.ts";
import { isUniqueViolation } from "../db/errors.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { identifyPaper, paperIdFor } from "./identify-paper.ts";
import { formatSessionDay } from "./session-day.ts";
import { appNow } from "../time/clock.ts";

export const READING_LIST_MAX_LINES = 200;

export type ReadingListLine =
  | { line: number; input: string; outcome: "added"; suggestionId: string; title: string; titleFromLookup: boolean }
  | { line: number; input: string; outcome: "duplicate"; detail: string; suggestionId?: string; sessionId?: string }
  | { line: number; input: string; outcome: "not_understood" };

export async function importReadingList(actor: Actor, input: z.input<typeof importReadingListSchema>): Promise<ReadingListLine[]> {
  assertCan(actor, "readingList.import");
  const parsed = { data: parseInput(importReadingListSchema, input) };
  const db = getDb();
  const track = await db.track.findUnique({ where: { slug: parsed.data.track }, select: { id: true } });
  if (!track) throw new AppError("validation", "There is no such track.", { track: "Choose a track from the list." });
  const lines = parsed.data.text
    .split(/\r?\n/)
    // "- link", "* link", "• link", "1. link", "2) link": the bullet or number is not part of it.
    .map((text, i) => ({ line: i + 1, input: text.trim().replace(/^(?:[-*•]|\d+[.)])\s+/, "") }))
    .filter((l) => l.input !== "");
  if (lines.length === 0) throw new AppError("validation", "Paste at least one link.", { text: "Paste one link per line." });
  if (lines.length > READING_LIST_MAX_LINES) {
    throw new AppError("validation", `At most ${READING_LIST_MAX_LINES} lines at once.`, {
      text: `Split the list into parts of ${READING_LIST_MAX_LINES} lines.`,
    });
  }

  const report: ReadingListLine[] = [];
  const seen = new Set<string>();
  for (const { line, input: text } of lines) {
    let found;
    try {
      found = await identifyPaper(text);
    } catch {
      report.push({ line, input: text, outcome: "not_understood" });
      continue;
    }
    if (seen.has(found.identity.canonicalId)) {
      report.push({ line, input: text, outcome: "duplicate", detail: "Listed twice above." });
      continue;
    }
    seen.add(found.identity.canonicalId);
    const st = found.standing;
    if (st.kind !== "new") {
      report.push({
        line,
        input: text,
        outcome: "duplicate",
        detail:
          st.kind === "suggested"
            ? "Already suggested."
            : st.kind === "covered"
              ? `Covered on ${await formatSessionDay(st)}.`
              : `Scheduled for ${await formatSessionDay(st)}.`,
        ...(st.kind === "suggested" ? { suggestionId: st.suggestionId } : { sessionId: st.sessionId }),
      });
      continue;
    }
    const title = found.metadata?.title ?? found.identity.url;
    try {
      const created = await db.$transaction(async (tx) => {
        const paperId = await paperIdFor(tx, found, { title, authors: found.metadata?.authors ?? [] });
        const suggestion = await tx.suggestion.create({
          data: {
            kind: "PAPER",
            paperId,
            title,
            trackId: track.id,
            authorId: actor.id,
            status: "ACCEPTED",
            reason: "From a reading list.",
            decidedById: actor.id,
            decidedAt: appNow(),
          },
          select: { id: true },
        });
        await writeAudit(
          { actorId: actor.id, action: "readingList.imported", targetType: "suggestion", targetId: suggestion.id, data: { trackId: track.id, line } },
          tx,
        );
        return suggestion;
      });
      report.push({ line, input: text, outcome: "added", suggestionId: created.id, title, titleFromLookup: Boolean(found.metadata) });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      report.push({ line, input: text, outcome: "duplicate", detail: "Suggested by someone else a moment ago." });
    }
  }
  return report;
}
