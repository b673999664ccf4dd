"use client";
import { useActionState } from "react";
import type { suggestTopicAction } from "@/app/(public)/papers/actions.ts";
import { Field, FormMessage, buttonClass, describedBy, inputClass } from "./ui/field.tsx";
import { SlugOptions } from "@/components/ui/filter-select.tsx";

export function SuggestTopicForm({ action, tracks }: { action: typeof suggestTopicAction; tracks: { slug: string; name: string }[] }) {
  const [result, formAction, pending] = useActionState(action, null);
  const fields = result && !result.ok ? (result.fields ?? {}) : {};
  const typed = result && !result.ok ? result.values : undefined;
  return (
    <form action={formAction} className="space-y-5 card p-5" noValidate>
      <FormMessage result={result} />
      <div key={JSON.stringify(typed ?? {}) + (result?.ok ? "done" : "")} className="space-y-5">
        <Field id="topic-title" label="Topic" error={fields.title}>
          <input
            id="topic-title"
            name="title"
            maxLength={150}
            defaultValue={typed?.title ?? ""}
            placeholder="Retrieval and RAG"
            aria-invalid={fields.title ? true : undefined}
            aria-describedby={describedBy("topic-title", undefined, fields.title)}
            className={inputClass}
          />
        </Field>
        <Field id="topic-reason" label="What it covers, and why" error={fields.reason}>
          <textarea id="topic-reason" name="reason" rows={3} maxLength={2000} defaultValue={typed?.reason ?? ""} className={inputClass} />
        </Field>
        <Field id="topic-track" label="Closest existing track (optional)">
          <select id="topic-track" name="track" defaultValue={typed?.track ?? ""} className={inputClass}>
            <SlugOptions all="None" items={tracks} />
          </select>
        </Field>
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Suggesting…" : "Suggest this topic"}
      </button>
    </form>
  );
}
