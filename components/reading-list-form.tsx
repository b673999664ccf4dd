"use client";
import Link from "@/components/ui/link.tsx";
import { useActionState } from "react";
import type { importReadingListAction } from "@/app/(public)/papers/triage-actions.ts";
import { Field, FormMessage, buttonClass, inputClass } from "./ui/field.tsx";

const OUTCOME = { added: "Added", duplicate: "Duplicate", not_understood: "Not understood" } as const;

export function ReadingListForm({ action, tracks }: { action: typeof importReadingListAction; tracks: { slug: string; name: string }[] }) {
  const [result, formAction, pending] = useActionState(action, null);
  const fields = result && !result.ok ? (result.fields ?? {}) : {};
  const report = result?.ok ? result.data : undefined;
  return (
    <div className="space-y-6">
      <form action={formAction} className="space-y-4 card p-5">
        {result && !result.ok ? <FormMessage result={result} /> : null}
        <Field id="rl-track" label="Track" error={fields.track}>
          <select id="rl-track" name="track" required className={inputClass} defaultValue="">
            <option value="" disabled>
              Choose a track
            </option>
            {tracks.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.name}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="rl-text"
          label="Links, one per line"
          hint="arXiv links or ids, DOIs, or any links. Bullets and numbering are ignored."
          error={fields.text}
        >
          <textarea id="rl-text" name="text" rows={10} className={inputClass + " font-mono"} />
        </Field>
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? "Adding… (looking papers up)" : "Add as accepted suggestions"}
        </button>
      </form>
      {report ? (
        <section aria-labelledby="rl-report" className="space-y-2">
          <h2 id="rl-report" className="text-xl font-bold">
            {report.filter((r) => r.outcome === "added").length} added, {report.filter((r) => r.outcome === "duplicate").length} duplicates,{" "}
            {report.filter((r) => r.outcome === "not_understood").length} not understood
          </h2>
          <ol className="card-list text-sm">
            {report.map((r) => (
              <li key={r.line} className="flex flex-wrap gap-x-3 p-3" data-testid="reading-list-line">
                <span className="w-16 text-slate-600">Line {r.line}</span>
                <span className="font-semibold">{OUTCOME[r.outcome]}</span>
                <span className="break-all text-slate-800">{r.outcome === "added" ? r.title : r.input}</span>
                {r.outcome === "duplicate" ? <span className="text-slate-700">{r.detail}</span> : null}
                {r.outcome === "added" && !r.titleFromLookup ? <span className="text-amber-900">(title not found; edit it later)</span> : null}
              </li>
            ))}
          </ol>
          <p>
            <Link href="/papers?status=accepted&sort=newest" className="font-semibold text-brand-700 underline">
              See the accepted suggestions
            </Link>
          </p>
        </section>
      ) : null}
    </div>
  );
}
