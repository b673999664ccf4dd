"use client";
// The CSV import of a season plan: paste or choose a file, preview the per-line report (nothing is written), then import the good lines.
import Link from "@/components/ui/link.tsx";
import { useActionState, useState } from "react";
import type { applyImportAction, previewImportAction } from "@/app/organize/import-actions.ts";
import { ImportLinesTable, ImportProblems } from "./csv-import-report.tsx";
import { smallButtonClass } from "./ui/button-classes.ts";
import { Field, FormMessage, buttonClass, describedBy, inputClass } from "./ui/field.tsx";

type Props = { series: string; previewAction: typeof previewImportAction; applyAction: typeof applyImportAction };

type State =
  | { op: "preview"; result: Awaited<ReturnType<typeof previewImportAction>> }
  | { op: "apply"; result: Awaited<ReturnType<typeof applyImportAction>> }
  | null;

function sessions(n: number) {
  return n === 1 ? "1 session" : `${n} sessions`;
}

export function CsvImportForm({ series, previewAction, applyAction }: Props) {
  const [state, formAction, pending] = useActionState(
    async (_prev: State, form: FormData): Promise<State> =>
      form.get("op") === "apply"
        ? { op: "apply", result: await applyAction(null, form) }
        : { op: "preview", result: await previewAction(null, form) },
    null,
  );
  // The state when the CSV was last changed: a preview older than the change is stale.
  const [changedAt, setChangedAt] = useState<State | undefined>(undefined);
  const result = state?.result ?? null;
  const fields = result && !result.ok ? (result.fields ?? {}) : {};
  const preview = state?.op === "preview" && state.result.ok ? state.result.data : undefined;
  const applied = state?.op === "apply" && state.result.ok ? state.result.data : undefined;
  // React resets the form after each action: keep the CSV of a preview (from the box or the file) or of a failure.
  const csv = preview?.csv ?? (result && !result.ok ? result.values?.csv : undefined) ?? "";
  const stale = preview !== undefined && changedAt === state;
  const good = preview?.preview.lines.length ?? 0;
  const markChanged = () => setChangedAt(state);

  return (
    <div className="space-y-6">
      <form action={formAction} className="space-y-5 card p-5" noValidate>
        <input type="hidden" name="series" value={series} />
        {preview ? null : <FormMessage result={result} />}
        <Field id="import-csv" label="CSV" hint="Paste the lines here, the header line first." error={fields.csv}>
          <textarea
            key={csv}
            id="import-csv"
            name="csv"
            rows={10}
            defaultValue={csv}
            spellCheck={false}
            onChange={markChanged}
            aria-invalid={fields.csv ? true : undefined}
            aria-describedby={describedBy("import-csv", "hint", fields.csv)}
            className={`${inputClass} font-mono`}
          />
        </Field>
        <Field id="import-file" label="Or choose a file" hint="A .csv file up to 200 kB. It is used instead of the text above." error={fields.file}>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            onChange={markChanged}
            aria-invalid={fields.file ? true : undefined}
            aria-describedby={describedBy("import-file", "hint", fields.file)}
            className="mt-1 block w-full text-sm text-slate-800 file:mr-3 file:rounded-md file:border file:border-brand-700 file:bg-white file:px-3 file:py-1.5 file:font-semibold file:text-brand-700"
          />
        </Field>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" name="op" value="preview" disabled={pending} className={preview ? smallButtonClass : buttonClass}>
            {pending ? "Working…" : preview ? "Preview again" : "Preview"}
          </button>
          {preview ? (
            <button
              type="submit"
              name="op"
              value="apply"
              disabled={pending || stale || good === 0}
              aria-describedby="import-apply-hint"
              className={buttonClass}
            >
              Import {sessions(good)}
            </button>
          ) : null}
        </div>
        {preview ? (
          <p id="import-apply-hint" className="text-sm text-slate-700">
            {stale
              ? "The CSV changed since this preview: preview it again before importing."
              : good === 0
                ? "No line can be imported yet: fix the lines below and preview again."
                : `Nothing is written until you import. ${preview.preview.problems.length > 0 ? "The lines with problems are skipped. " : ""}The sessions are drafts until the series is published.`}
          </p>
        ) : null}
      </form>

      {preview ? (
        <section aria-labelledby="import-preview-heading" className="space-y-4">
          <h2 id="import-preview-heading" className="text-xl font-bold">
            Preview: {sessions(good)} to import
          </h2>
          {good > 0 ? <ImportLinesTable lines={preview.preview.lines} /> : null}
          <ImportProblems problems={preview.preview.problems} heading="Lines that cannot be imported (they are skipped)" />
        </section>
      ) : null}

      {applied ? (
        <section aria-label="Import done" className="space-y-4">
          <p className="text-slate-800">
            <Link href={`/organize/series/${series}`} className="font-semibold text-brand-700 underline">
              Review and publish the draft
            </Link>
            : the imported sessions stay private until then.
          </p>
          <ImportProblems problems={applied.problems} heading="Skipped lines" />
        </section>
      ) : null}
    </div>
  );
}
