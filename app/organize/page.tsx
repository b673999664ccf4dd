import type { Metadata } from "next";
import Link from "@/components/ui/link.tsx";
import { LocalDate } from "@/components/local-date.tsx";
import { requirePermission } from "@/lib/auth/require-actor.ts";
import { getConsoleSummary } from "@/lib/organize/get-console-summary.ts";
import { listSeries } from "@/lib/schedule/list-series.ts";
import { Card } from "@/components/ui/card.tsx";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Organizer console" };

export default async function OrganizePage() {
  const actor = await requirePermission("/organize", "console.view");
  const [s, series] = await Promise.all([getConsoleSummary(actor), listSeries(actor)]);
  const items = [
    { label: "Slots in upcoming sessions that need a speaker", value: s.openSlots },
    { label: "Speaker claims waiting for approval", value: s.pendingClaims },
    { label: "Draft sessions not yet published", value: s.drafts },
    { label: "New suggestions to triage", value: s.newSuggestions },
    { label: "Past sessions without a recording link", value: s.missingRecordings },
  ];
  return (
    <div className="space-y-6">
      <h1 className="page-title">Organizer console</h1>
      <p className="text-slate-700">What needs attention now.</p>
      <ul className="flex flex-wrap gap-4 text-sm font-semibold">
        <li>
          <Link href="/papers?status=open" className="text-brand-700 underline">
            Triage suggestions
          </Link>
        </li>
        <li>
          <Link href="/organize/reading-list" className="text-brand-700 underline">
            Import a reading list
          </Link>
        </li>
        <li>
          <Link href="/organize/audit" className="text-brand-700 underline">
            Audit log
          </Link>
        </li>
        {series.map((x) => (
          <li key={x.slug}>
            <Link href={`/organize/series/${x.slug}`} className="text-brand-700 underline">
              Edit and publish {x.name}
            </Link>
          </li>
        ))}
      </ul>
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {items.map((i) => (
          <Card key={i.label}>
            <dt className="text-sm text-slate-700">{i.label}</dt>
            <dd className="text-3xl font-bold text-slate-900">{i.value}</dd>
          </Card>
        ))}
      </dl>
      <section aria-labelledby="materials-heading" className="space-y-3">
        <h2 id="materials-heading" className="text-xl font-bold">
          Past sessions missing slides or a recording
        </h2>
        {s.missingMaterials.length === 0 ? (
          <p className="text-slate-700">Every past session has its recording and slides.</p>
        ) : (
          <ul className="card-list text-sm" data-testid="missing-materials">
            {s.missingMaterials.map((m) => (
              <li key={m.sessionId} className="p-3">
                <Link href={`/sessions/${m.sessionId}`} className="font-semibold text-brand-700 underline">
                  <LocalDate iso={m.startsAt} zone={m.timeZone} /> · {m.title}
                </Link>
                <p className="text-slate-700">
                  {[
                    m.recordingMissing ? "no recording" : null,
                    m.papersWithoutSlides.length ? `no slides for ${m.papersWithoutSlides.join("; ")}` : null,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
