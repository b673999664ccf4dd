"use client";
// The person's own calendar feed on /me: the address to subscribe to, and a button that
// replaces it (for a link that was shared by mistake).
import { useActionState } from "react";
import type { regenerateCalendarAction } from "@/app/me/actions.ts";
import { FormMessage } from "./ui/field.tsx";
import { buttonClasses } from "@/components/ui/button-classes.ts";

export function PersonalCalendar({ feedUrl, action }: { feedUrl: string; action: typeof regenerateCalendarAction }) {
  const [result, formAction, pending] = useActionState(action, null);
  return (
    <div className="space-y-3 text-sm">
      <p className="text-slate-700">
        Your RSVPs and talks, with the remote links, in your calendar app. Keep this address to yourself: anyone who has it can read them.
      </p>
      <p>
        <a
          href={feedUrl.replace(/^https?:\/\//, "webcal://")}
          className="font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-800"
        >
          Subscribe in your calendar
        </a>
      </p>
      <p>
        <label htmlFor="personal-feed" className="block font-medium text-slate-800">
          Or add it by URL
        </label>
        <input
          id="personal-feed"
          readOnly
          value={feedUrl}
          className="mt-1 w-full rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs"
        />
      </p>
      <form action={formAction}>
        <button type="submit" disabled={pending} className={buttonClasses("secondary", "md", "min-h-11")}>
          Make a new address
        </button>
      </form>
      {result ? <FormMessage result={result} /> : null}
    </div>
  );
}
