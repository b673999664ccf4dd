import Link from "@/components/ui/link.tsx";
import type { voteAction as VoteAction } from "@/app/(public)/papers/actions.ts";
import type { triageAction as TriageAction } from "@/app/(public)/papers/triage-actions.ts";
import { TriagePanel } from "./triage-panel.tsx";
import type { SuggestionDto } from "@/lib/suggestions/dto.ts";
import { LocalDate } from "./local-date.tsx";
import { Badge } from "./ui/badge.tsx";
import { ExternalLink } from "./ui/external-link.tsx";
import { VoteButton } from "./vote-button.tsx";

const STATUS: Record<SuggestionDto["status"], { label: string; tone: "neutral" | "brand" | "green" | "amber" | "red" }> = {
  open: { label: "Open", tone: "neutral" },
  accepted: { label: "Accepted", tone: "green" },
  declined: { label: "Declined", tone: "red" },
  scheduled: { label: "Scheduled", tone: "brand" },
  merged: { label: "Merged", tone: "neutral" },
};

type Triage = { action: typeof TriageAction; tracks: { slug: string; name: string }[]; others: { id: string; title: string }[] };

export function SuggestionCard({ s, voteAction, triage }: { s: SuggestionDto; voteAction: typeof VoteAction; triage?: Triage }) {
  const status = STATUS[s.status];
  return (
    <li className="flex gap-4 card p-4" data-testid="suggestion" id={`suggestion-${s.id}`}>
      <VoteButton
        suggestionId={s.id}
        title={s.title}
        voteCount={s.voteCount}
        canVote={s.status === "open" || s.status === "accepted"}
        action={voteAction}
      />
      <div className="min-w-0 flex-1 space-y-1.5">
        <div className="flex flex-wrap items-center gap-1.5">
          <Badge tone={status.tone}>{status.label}</Badge>
          <Badge>{s.kind === "paper" ? "Paper" : "Topic"}</Badge>
          {s.track ? <Badge tone="brand">{s.track.name}</Badge> : null}
        </div>
        <h2 className="font-semibold leading-snug text-slate-900">{s.paper ? <ExternalLink href={s.paper.url}>{s.title}</ExternalLink> : s.title}</h2>
        {s.paper ? (
          <p className="text-sm text-slate-600">
            {s.paper.authors.slice(0, 3).join(", ")}
            {s.paper.authors.length > 3 ? " et al." : ""}
            {s.paper.year ? ` · ${s.paper.year}` : ""}
          </p>
        ) : null}
        {s.reason ? <p className="whitespace-pre-line break-words text-sm text-slate-800">{s.reason}</p> : null}
        {s.status === "declined" && s.declineReason ? <p className="text-sm text-red-900">Declined: {s.declineReason}</p> : null}
        {s.scheduled ? (
          <p className="text-sm">
            On the schedule:{" "}
            <Link href={`/sessions/${s.scheduled.sessionId}`} className="font-medium text-brand-700 underline">
              {s.scheduled.sessionTitle || "the session"} (<LocalDate iso={s.scheduled.startsAt} zone={s.scheduled.timeZone} />)
            </Link>
          </p>
        ) : null}
        <p className="text-xs text-slate-600">
          Suggested by {s.suggestedBy} on <LocalDate iso={s.createdAt} />
        </p>
        {triage ? (
          <TriagePanel
            suggestionId={s.id}
            title={s.title}
            isPaper={s.kind === "paper"}
            tracks={triage.tracks}
            others={triage.others.filter((o) => o.id !== s.id)}
            action={triage.action}
          />
        ) : null}
      </div>
    </li>
  );
}
