// The CSV import of a season plan into a series' draft: the columns explained, a template, and the form with its preview.
import type { Metadata } from "next";
import Link from "@/components/ui/link.tsx";
import { applyImportAction, previewImportAction } from "@/app/organize/import-actions.ts";
import { CsvImportForm } from "@/components/csv-import-form.tsx";
import { requirePermission } from "@/lib/auth/require-actor.ts";
import { orNotFound } from "@/lib/http/or-not-found.ts";
import { planCsvTemplate } from "@/lib/schedule-csv/parse-plan-csv.ts";
import { getSeriesSettings } from "@/lib/series/get-series-settings.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Import a CSV" };

const COLUMNS: [string, string][] = [
  ["date", "the day of the session, YYYY-MM-DD (it starts at the series' usual time)."],
  ["track", "optional: the name or short name of one of the series' tracks."],
  ["title", "optional: the session's title."],
  ["readings", "optional: arXiv ids, DOIs or links, separated by “;”. New arXiv papers are looked up on arXiv."],
  ["presenter email", "optional: the email of a member's account; they present the first reading."],
];

export default async function ImportPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requirePermission(`/organize/series/${encodeURIComponent(slug)}/import`, "schedule.edit");
  const series = await orNotFound(getSeriesSettings(actor, { series: slug }));
  const draftHref = `/organize/series/${series.slug}`;

  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <header className="space-y-3">
        <p className="text-sm">
          <Link href={draftHref} className="text-brand-700 underline">
            {series.values.name}: schedule draft
          </Link>
        </p>
        <h1 className="page-title">Import a CSV into {series.values.name}</h1>
        <p className="text-slate-700">
          One line per session, from a spreadsheet saved as CSV. Preview first: nothing is written until you import, and the imported sessions are
          drafts until you publish the series. A date that already has a session is refused.
        </p>
      </header>

      <section aria-labelledby="columns-heading" className="space-y-3">
        <h2 id="columns-heading" className="text-xl font-bold">
          The columns
        </h2>
        <dl className="space-y-1 text-slate-800">
          {COLUMNS.map(([name, text]) => (
            <div key={name}>
              <dt className="inline font-mono font-semibold">{name}</dt>: <dd className="inline">{text}</dd>
            </div>
          ))}
        </dl>
        <p className="text-slate-800">A template: copy it into a spreadsheet or a text file, with the header line first.</p>
        <pre className="overflow-x-auto rounded-md border border-slate-200 bg-slate-50 p-3 text-sm" data-testid="csv-template">
          {planCsvTemplate()}
        </pre>
        <p className="text-sm text-slate-700">
          The{" "}
          <a href={`${draftHref}/schedule.csv`} className="text-brand-700 underline">
            draft schedule as CSV
          </a>{" "}
          starts with the same columns, so an exported file can be edited and imported into another series.
        </p>
      </section>

      <section aria-labelledby="import-heading" className="space-y-4">
        <h2 id="import-heading" className="text-xl font-bold">
          Import
        </h2>
        <CsvImportForm series={series.slug} previewAction={previewImportAction} applyAction={applyImportAction} />
      </section>
    </div>
  );
}
