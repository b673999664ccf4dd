"use client";
import Link from "@/components/ui/link.tsx";
import { useActionState, useState } from "react";
import type { suggestPaperAction } from "@/app/(public)/papers/actions.ts";
import { LocalDate } from "./local-date.tsx";
import { Field, FormMessage, buttonClass, describedBy, inputClass } from "./ui/field.tsx";
import { buttonClasses } from "@/components/ui/button-classes.ts";
import { SlugOptions } from "@/components/ui/filter-select.tsx";

type Preview = {
  canonicalId: string;
  title: string | null;
  authors: string[];
  year: number | null;
  lookup: string;
  standing:
    | { kind: "new" }
    | { kind: "suggested"; suggestionId: string; status: string; voteCount: number }
    | { kind: "covered"; sessionId: string; startsAt: string; recordingUrl: string | null }
    | { kind: "scheduled"; sessionId: string; startsAt: string };
};

function Standing({ standing }: { standing: Preview["standing"] }) {
  if (standing.kind === "suggested") {
    return (
      <p role="status" data-tone="warning" className="alert">
        Already suggested ({standing.voteCount} votes).{" "}
        <Link href={`/papers#suggestion-${standing.suggestionId}`} className="font-semibold underline">
          Upvote it on the board
        </Link>
        .
      </p>
    );
  }
  if (standing.kind === "covered") {
    return (
      <p role="status" data-tone="warning" className="alert">
        Covered on <LocalDate iso={standing.startsAt} />.{" "}
        <Link href={`/sessions/${standing.sessionId}`} className="font-semibold underline">
          See the session
        </Link>
        {standing.recordingUrl ? (
          <>
            {" "}
            or{" "}
            <a href={standing.recordingUrl} target="_blank" rel="noopener noreferrer" className="font-semibold underline">
              watch the recording
            </a>
          </>
        ) : null}
        .
      </p>
    );
  }
  if (standing.kind === "scheduled") {
    return (
      <p role="status" data-tone="warning" className="alert">
        Already on the schedule for <LocalDate iso={standing.startsAt} />.{" "}
        <Link href={`/sessions/${standing.sessionId}`} className="font-semibold underline">
          See the session
        </Link>
        .
      </p>
    );
  }
  return null;
}

export function SuggestPaperForm({ action, tracks }: { action: typeof suggestPaperAction; tracks: { slug: string; name: string }[] }) {
  const [result, formAction, pending] = useActionState(action, null);
  const [preview, setPreview] = useState<Preview | null>(null);
  // Controlled, outside the fields that remount when the preview arrives.
  const [url, setUrl] = useState("");
  const [lookupState, setLookupState] = useState<"idle" | "looking" | "error">("idle");
  const [lookupMessage, setLookupMessage] = useState<string | null>(null);
  const fields = result && !result.ok ? (result.fields ?? {}) : {};
  const typed = result && !result.ok ? result.values : undefined;
  const similar =
    result && !result.ok && result.details?.reason === "similar_title"
      ? (result.details.similar as { title: string; suggestionId: string | null }[])
      : null;
  const duplicateOf = result && !result.ok && result.details?.reason === "duplicate" ? String(result.details.suggestionId) : null;

  async function lookUp(input: string) {
    if (!input.trim()) return;
    setLookupState("looking");
    setLookupMessage(null);
    try {
      const response = await fetch(`/api/v1/papers/lookup?input=${encodeURIComponent(input)}`);
      const body = await response.json();
      if (!response.ok) {
        setPreview(null);
        setLookupState("error");
        setLookupMessage(body?.error?.fields?.url ?? body?.error?.message ?? "We could not read that.");
        return;
      }
      setPreview(body as Preview);
      setLookupState("idle");
      if (!body.title) {
        setLookupMessage(
          body.lookup === "not_arxiv"
            ? "Type the title and authors below."
            : "We could not look this paper up on arXiv just now. Type the title and authors below.",
        );
      }
    } catch {
      setLookupState("error");
      setLookupMessage("We could not look the paper up. Type the title and authors below.");
    }
  }

  const version = `${preview?.canonicalId ?? ""}|${JSON.stringify(typed ?? {})}|${result?.ok ? "done" : ""}`;
  return (
    <form action={formAction} className="space-y-5 card p-5" noValidate>
      <FormMessage result={result} />
      {result?.ok ? (
        <p className="text-sm">
          <Link href="/papers?sort=newest" className="font-semibold text-brand-700 underline">
            See it on the board
          </Link>
        </p>
      ) : null}
      {duplicateOf ? (
        <p className="text-sm">
          <Link href={`/papers#suggestion-${duplicateOf}`} className="font-semibold text-brand-700 underline">
            Upvote the existing suggestion
          </Link>
        </p>
      ) : null}
      <Field
        id="paper-url"
        label="arXiv link or id, DOI, or link"
        error={fields.url ?? (lookupState === "error" ? (lookupMessage ?? undefined) : undefined)}
      >
        <div className="flex gap-2">
          <input
            id="paper-url"
            name="url"
            required
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            placeholder="https://arxiv.org/abs/1706.03762"
            onBlur={(e) => void lookUp(e.currentTarget.value)}
            onPaste={(e) => {
              const text = e.clipboardData.getData("text");
              setTimeout(() => void lookUp(text), 0);
            }}
            aria-describedby={describedBy("paper-url", undefined, fields.url)}
            aria-invalid={fields.url ? true : undefined}
            className={inputClass}
          />
          <button type="button" className={buttonClasses("secondary", "sm", "mt-1 shrink-0")} onClick={() => void lookUp(url)}>
            Look up
          </button>
        </div>
      </Field>
      <p aria-live="polite" className="text-sm text-slate-700">
        {lookupState === "looking"
          ? "Looking it up…"
          : lookupState === "idle" && lookupMessage
            ? lookupMessage
            : preview?.title
              ? `Found: ${preview.canonicalId}${preview.year ? ` (${preview.year})` : ""}`
              : ""}
      </p>
      {preview ? <Standing standing={preview.standing} /> : null}
      <div key={version} className="space-y-5">
        <Field id="paper-title" label="Title" error={fields.title}>
          <input
            id="paper-title"
            name="title"
            maxLength={300}
            defaultValue={typed?.title ?? preview?.title ?? ""}
            aria-invalid={fields.title ? true : undefined}
            aria-describedby={describedBy("paper-title", undefined, fields.title)}
            className={inputClass}
          />
        </Field>
        <Field id="paper-authors" label="Authors" hint="Separated by commas." error={fields.authors}>
          <input
            id="paper-authors"
            name="authors"
            defaultValue={typed?.authors ?? preview?.authors.join(", ") ?? ""}
            aria-describedby={describedBy("paper-authors", "hint", fields.authors)}
            className={inputClass}
          />
        </Field>
        <Field id="paper-track" label="Track (optional)" error={fields.track}>
          <select id="paper-track" name="track" defaultValue={typed?.track ?? ""} className={inputClass}>
            <SlugOptions all="No track in mind" items={tracks} />
          </select>
        </Field>
        <Field id="paper-reason" label="Why it matters" hint="A sentence or two for the organizers and voters." error={fields.reason}>
          <textarea
            id="paper-reason"
            name="reason"
            rows={3}
            maxLength={2000}
            defaultValue={typed?.reason ?? ""}
            aria-describedby={describedBy("paper-reason", "hint", fields.reason)}
            className={inputClass}
          />
        </Field>
        {similar ? (
          <div data-tone="warning" className="alert">
            <p>Did you mean one of these?</p>
            <ul className="list-disc pl-5">
              {similar.map((s) => (
                <li key={s.title}>
                  {s.suggestionId ? (
                    <Link href={`/papers#suggestion-${s.suggestionId}`} className="underline">
                      {s.title}
                    </Link>
                  ) : (
                    s.title
                  )}
                </li>
              ))}
            </ul>
            <label className="mt-2 flex items-center gap-2">
              <input type="checkbox" name="confirmNotDuplicate" className="h-4 w-4" /> It is a different paper — suggest it anyway
            </label>
          </div>
        ) : null}
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Suggesting…" : "Suggest this paper"}
      </button>
    </form>
  );
}
