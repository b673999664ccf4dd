import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor.ts";
import { can } from "@/lib/auth/permissions.ts";
import { getConsoleSummary } from "@/lib/organize/get-console-summary.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Organizer console" };

export default async function OrganizePage() {
  const actor = await getActor();
  if (!actor) redirect("/signin?callbackUrl=/organize");
  if (!can(actor, "console.view")) forbidden();
  const s = await getConsoleSummary(actor);
  const items = [
    { label: "Slots in upcoming sessions that need a speaker", value: s.openSlots },
    { label: "Speaker claims waiting for approval", value: s.pendingClaims },
    { label: "Draft sessions not yet published", value: s.drafts },
    { label: "New suggestions to triage", value: s.newSuggestions },
    { label: "Past sessions without a recording link", value: s.missingRecordings },
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Organizer console</h1>
      <p className="text-slate-700">What needs attention now.</p>
      <ul className="flex flex-wrap gap-4 text-sm font-semibold">
        <li><Link href="/papers?status=open" className="text-brand-700 underline">Triage suggestions</Link></li>
        <li><Link href="/organize/reading-list" className="text-brand-700 underline">Import a reading list</Link></li>
      </ul>
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {items.map((i) => (
          <div key={i.label} className="rounded-lg border border-slate-200 bg-white p-5">
            <dt className="text-sm text-slate-700">{i.label}</dt>
            <dd className="text-3xl font-bold text-slate-900">{i.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
