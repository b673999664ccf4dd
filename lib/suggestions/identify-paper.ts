// What we know of a pasted paper before it is suggested: its canonical identity, its title and
// authors (from our database or arXiv), and whether it was already suggested, scheduled or
// presented. Used by the suggest form's preview and by suggestPaper itself.
import "server-only";
import type { Prisma } from "../db/generated/client.ts";
import { getDb } from "../db/index.ts";
import { env } from "../env.ts";
import { AppError } from "../errors.ts";
import { canonicalPaperId, type CanonicalPaperId } from "../papers/canonical-id.ts";
import { lookupArxiv, type PaperMetadata } from "../papers/arxiv-lookup.ts";
import { appNow } from "../time/clock.ts";

export type PaperStanding =
  | { kind: "new" }
  | { kind: "suggested"; suggestionId: string; status: string; voteCount: number }
  | { kind: "covered"; sessionId: string; startsAt: string; recordingUrl: string | null }
  | { kind: "scheduled"; sessionId: string; startsAt: string };

export type IdentifiedPaper = {
  identity: CanonicalPaperId;
  paperId: string | null;
  metadata: PaperMetadata | null;
  /** Why there is no metadata: the member types title and authors. */
  lookup: "stored" | "arxiv" | "timeout" | "unavailable" | "not_found" | "malformed" | "not_arxiv";
  standing: PaperStanding;
};

export function readIdentity(input: string): CanonicalPaperId {
  const identity = canonicalPaperId(input);
  if (!identity) {
    throw new AppError("validation", "We could not read that as a paper.", {
      url: "Paste an arXiv link or id (like 1706.03762), a DOI (10.…), or an http(s) link to the paper.",
    });
  }
  return identity;
}

export async function standingOf(paperId: string, now = appNow()): Promise<PaperStanding> {
  const db = getDb();
  const suggestion = await db.suggestion.findUnique({ where: { paperId }, select: { id: true, status: true, voteCount: true, mergedIntoId: true } });
  const slots = await db.slot.findMany({
    where: { paperId, session: { status: "PUBLISHED" } },
    select: { session: { select: { id: true, startsAt: true, endsAt: true, recordingUrl: true } } },
    orderBy: { session: { startsAt: "desc" } },
  });
  const past = slots.find((s) => s.session.endsAt < now);
  if (past)
    return { kind: "covered", sessionId: past.session.id, startsAt: past.session.startsAt.toISOString(), recordingUrl: past.session.recordingUrl };
  const upcoming = slots.at(-1);
  if (upcoming) return { kind: "scheduled", sessionId: upcoming.session.id, startsAt: upcoming.session.startsAt.toISOString() };
  if (suggestion) {
    return {
      kind: "suggested",
      suggestionId: suggestion.mergedIntoId ?? suggestion.id,
      status: suggestion.status.toLowerCase(),
      voteCount: suggestion.voteCount,
    };
  }
  return { kind: "new" };
}

export async function identifyPaper(input: string): Promise<IdentifiedPaper> {
  const identity = readIdentity(input);
  const paper = await getDb().paper.findUnique({ where: { canonicalId: identity.canonicalId } });
  if (paper) {
    return {
      identity,
      paperId: paper.id,
      metadata: { title: paper.title, authors: paper.authors, year: paper.year, abstract: paper.abstract },
      lookup: "stored",
      standing: await standingOf(paper.id),
    };
  }
  if (!identity.arxivId) return { identity, paperId: null, metadata: null, lookup: "not_arxiv", standing: { kind: "new" } };
  const result = await lookupArxiv(identity.arxivId, { baseUrl: env.ARXIV_API_URL, timeoutMs: env.ARXIV_TIMEOUT_MS });
  return {
    identity,
    paperId: null,
    metadata: result.ok ? result.metadata : null,
    lookup: result.ok ? "arxiv" : result.reason,
    standing: { kind: "new" },
  };
}

/** The paper's id: the stored one, or a new row from what was identified (inside the caller's transaction). */
export async function paperIdFor(tx: Prisma.TransactionClient, found: IdentifiedPaper, typed: { title: string; authors: string[] }): Promise<string> {
  if (found.paperId) return found.paperId;
  const created = await tx.paper.create({
    data: {
      canonicalId: found.identity.canonicalId,
      source: found.identity.source,
      arxivId: found.identity.arxivId,
      doi: found.identity.doi,
      url: found.identity.url,
      title: typed.title,
      authors: typed.authors,
      year: found.metadata?.year ?? null,
      abstract: found.metadata?.abstract ?? "",
    },
    select: { id: true },
  });
  return created.id;
}
