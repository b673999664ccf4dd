// What the suggestion functions return.
import type { SuggestionKind, SuggestionStatus } from "../db/generated/enums.ts";

export type SuggestionDto = {
  id: string;
  kind: "paper" | "topic";
  title: string;
  reason: string;
  status: "open" | "accepted" | "declined" | "scheduled" | "merged";
  declineReason: string | null;
  voteCount: number;
  hasVoted: boolean;
  createdAt: string;
  suggestedBy: string;
  isMine: boolean;
  track: { slug: string; name: string } | null;
  paper: { id: string; canonicalId: string; url: string; authors: string[]; year: number | null; arxivId: string | null } | null;
  mergedIntoId: string | null;
  scheduled: { sessionId: string; sessionTitle: string; startsAt: string; timeZone: string } | null;
};

export const suggestionSelect = {
  id: true,
  kind: true,
  title: true,
  reason: true,
  status: true,
  declineReason: true,
  voteCount: true,
  createdAt: true,
  authorId: true,
  mergedIntoId: true,
  author: { select: { name: true, deletedAt: true } },
  track: { select: { slug: true, name: true } },
  paper: { select: { id: true, canonicalId: true, url: true, authors: true, year: true, arxivId: true } },
  scheduledSlot: { select: { session: { select: { id: true, title: true, startsAt: true, timeZone: true } } } },
} as const;

type Row = {
  id: string;
  kind: SuggestionKind;
  title: string;
  reason: string;
  status: SuggestionStatus;
  declineReason: string | null;
  voteCount: number;
  createdAt: Date;
  authorId: string | null;
  mergedIntoId: string | null;
  author: { name: string | null; deletedAt: Date | null } | null;
  track: { slug: string; name: string } | null;
  paper: SuggestionDto["paper"];
  scheduledSlot: { session: { id: string; title: string | null; startsAt: Date; timeZone: string } } | null;
};

export function toSuggestionDto(row: Row, viewerId: string | null, votedIds: Set<string>): SuggestionDto {
  return {
    id: row.id,
    kind: row.kind === "PAPER" ? "paper" : "topic",
    title: row.title,
    reason: row.reason,
    status: row.status.toLowerCase() as SuggestionDto["status"],
    declineReason: row.declineReason,
    voteCount: row.voteCount,
    hasVoted: votedIds.has(row.id),
    createdAt: row.createdAt.toISOString(),
    suggestedBy: row.author && !row.author.deletedAt ? (row.author.name ?? "A member") : "A former member",
    isMine: viewerId !== null && row.authorId === viewerId,
    track: row.track,
    paper: row.paper,
    mergedIntoId: row.mergedIntoId,
    scheduled: row.scheduledSlot
      ? {
          sessionId: row.scheduledSlot.session.id,
          sessionTitle: row.scheduledSlot.session.title ?? "",
          startsAt: row.scheduledSlot.session.startsAt.toISOString(),
          timeZone: row.scheduledSlot.session.timeZone,
        }
      : null,
  };
}
