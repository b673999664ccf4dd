import type { SlotDto } from "@/lib/schedule/dto.ts";
import { StatusBadge } from "./ui/badge.tsx";
import { ExternalLink } from "./ui/external-link.tsx";

function authorsLine(authors: string[]) {
  if (authors.length <= 3) return authors.join(", ");
  return `${authors.slice(0, 3).join(", ")} et al.`;
}

export function SlotList({ slots, detailed = false }: { slots: SlotDto[]; detailed?: boolean }) {
  if (slots.length === 0) return <p className="text-sm text-slate-600">Papers to be announced.</p>;
  return (
    <ol className="space-y-3">
      {slots.map((slot) => (
        <li key={slot.id} className="flex gap-3">
          <span aria-hidden="true" className="mt-0.5 text-sm font-semibold text-slate-500">
            {slot.position + 1}.
          </span>
          <div className="min-w-0">
            <ExternalLink href={slot.paper.url}>{slot.paper.title}</ExternalLink>
            <p className="text-sm text-slate-600">
              {authorsLine(slot.paper.authors)}
              {slot.paper.year ? ` · ${slot.paper.year}` : ""}
              {slot.paper.arxivId ? ` · arXiv:${slot.paper.arxivId}` : ""}
            </p>
            <p className="mt-1 text-sm">
              {slot.presenter ? (
                <span className="text-slate-800">
                  Presented by <span className="font-medium">{slot.presenter.name}</span>
                  {slot.presenter.affiliation ? <span className="text-slate-600"> ({slot.presenter.affiliation})</span> : null}
                </span>
              ) : slot.speakerStatus === "pending" ? (
                <StatusBadge status="claim-pending" />
              ) : (
                <StatusBadge status="speaker-needed" />
              )}
              {detailed && slot.slidesUrl ? (
                <>
                  {" · "}
                  <ExternalLink href={slot.slidesUrl}>Slides</ExternalLink>
                </>
              ) : null}
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
