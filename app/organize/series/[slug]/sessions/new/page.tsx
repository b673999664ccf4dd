// A new session in a series' draft, its form prefilled with the series' defaults.
import type { Metadata } from "next";
import Link from "@/components/ui/link.tsx";
import { createSessionAction } from "@/app/organize/actions.ts";
import { SessionForm } from "@/components/session-form.tsx";
import { requirePermission } from "@/lib/auth/require-actor.ts";
import { orNotFound } from "@/lib/http/or-not-found.ts";
import { getNewSessionDefaults } from "@/lib/schedule/get-draft-session.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New session" };

export default async function NewSessionPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requirePermission(`/organize/series/${encodeURIComponent(slug)}/sessions/new`, "schedule.edit");
  const defaults = await orNotFound(getNewSessionDefaults(actor, { series: slug }));
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href={`/organize/series/${defaults.series.slug}`} className="text-brand-700 underline">
            {defaults.series.name}: schedule draft
          </Link>
        </p>
        <h1 className="page-title">New session in {defaults.series.name}</h1>
        <p className="text-slate-700">
          It starts as a draft: nobody else sees it until you publish the series. You can add its readings once it is created.
        </p>
      </header>
      <section aria-label="Session" className="card p-5">
        <SessionForm
          target={{ series: defaults.series.slug }}
          values={defaults.values}
          tracks={defaults.tracks}
          timeZones={Intl.supportedValuesOf("timeZone")}
          action={createSessionAction}
        />
      </section>
    </div>
  );
}
