"use client";
// Adds a reading to a session of the draft: by arXiv id, DOI or link, or from an accepted suggestion.
import { useActionState } from "react";
import type { addReadingAction, addSuggestionReadingAction } from "@/app/organize/actions.ts";
import { smallButtonClass } from "./ui/button-classes.ts";
import { Field, FormMessage, describedBy, inputClass } from "./ui/field.tsx";

type Props = {
  sessionId: string;
  suggestions: { id: string; title: string; track: string | null }[];
  addAction: typeof addReadingAction;
  addSuggestionAction: typeof addSuggestionReadingAction;
};

const NOT_ON_ARXIV = "Needed when it is not on arXiv.";

export function AddReadingForms({ sessionId, suggestions, addAction, addSuggestionAction }: Props) {
  const [added, addFormAction, adding] = useActionState(addAction, null);
  const [picked, pickFormAction, picking] = useActionState(addSuggestionAction, null);
  const fields = added && !added.ok ? (added.fields ?? {}) : {};
  const typed = added && !added.ok ? added.values : undefined;
  const pickError = picked && !picked.ok ? (picked.fields?.suggestionId ?? undefined) : undefined;

  const text = (name: "reference" | "title" | "authors", label: string, hint: string, required = false) => (
    <Field id={`reading-${name}`} label={label} hint={hint} error={fields[name]}>
      <input
        id={`reading-${name}`}
        name={name}
        defaultValue={typed?.[name] ?? ""}
        required={required}
        aria-invalid={fields[name] ? true : undefined}
        aria-describedby={describedBy(`reading-${name}`, hint, fields[name])}
        className={inputClass}
      />
    </Field>
  );

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <form action={addFormAction} className="space-y-3 card p-4" noValidate>
        <h3 className="font-semibold">Add a reading</h3>
        <input type="hidden" name="sessionId" value={sessionId} />
        <FormMessage result={added} />
        <div key={JSON.stringify(typed ?? {})} className="space-y-3">
          {text("reference", "Reference", "An arXiv id or link, a DOI, or a link to a paper or post.", true)}
          {text("title", "Title", NOT_ON_ARXIV)}
          {text("authors", "Authors", `Separated by commas. ${NOT_ON_ARXIV}`)}
        </div>
        <button type="submit" disabled={adding} className={smallButtonClass}>
          {adding ? "Adding… (looking it up)" : "Add the reading"}
        </button>
      </form>
      <form action={pickFormAction} className="space-y-3 card p-4">
        <h3 className="font-semibold">Add from suggestions</h3>
        <input type="hidden" name="sessionId" value={sessionId} />
        <FormMessage result={picked} />
        {suggestions.length === 0 ? (
          <p className="text-sm text-slate-700">No accepted paper suggestions are waiting for a session.</p>
        ) : (
          <>
            <Field id="reading-suggestion" label="Accepted suggestion" error={pickError}>
              <select
                id="reading-suggestion"
                name="suggestionId"
                defaultValue=""
                required
                aria-describedby={describedBy("reading-suggestion", undefined, pickError)}
                className={inputClass}
              >
                <option value="" disabled>
                  Choose a suggestion
                </option>
                {suggestions.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title}
                    {s.track ? ` · ${s.track}` : ""}
                  </option>
                ))}
              </select>
            </Field>
            <button type="submit" disabled={picking} className={smallButtonClass}>
              {picking ? "Adding…" : "Add the suggestion"}
            </button>
          </>
        )}
      </form>
    </div>
  );
}
