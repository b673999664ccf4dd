"use client";
// The home page of someone signed in (issue 19, item 4): their next session and how they attend
// (or their place in line) with its readings, their talks to prepare, and for organizers what
// needs doing. From the personal layer, so the page stays the one cached copy for everyone: on
// that copy a signed-in person sees a placeholder of the same shape (.your-home-slot:empty in
// app/globals.css) until the page's JavaScript runs. Nothing for a visitor.
import Link from "@/components/ui/link.tsx";
import { formatDay, formatTime } from "@/lib/time/format.ts";
import type { PersonalView } from "@/lib/personal/personal-view.ts";
import { useViewerZone } from "../viewer-zone.tsx";
import { ExternalLink } from "../ui/external-link.tsx";
import { rsvpLabel } from "./my-rsvp-note.tsx";
import { usePersonal } from "./use-personal.ts";

const linkClass = "font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-800";

function when(iso: string, zone: string) {
  return `${formatDay(iso, zone)}, ${formatTime(iso, zone)}`;
}

function NextSession({ me, zone }: { me: PersonalView; zone: string | null }) {
  const next = me.next;
  if (!next) {
    return (
      <p className="text-slate-700">
        No RSVP for a session ahead.{" "}
        <Link href="/schedule" className={linkClass}>
          See what is coming up
        </Link>
      </p>
    );
  }
  const rsvp = me.rsvps[next.sessionId];
  return (
    <div className="space-y-2">
      <p>
        <Link href={`/sessions/${next.sessionId}`} className={`text-lg ${linkClass}`}>
          {next.title}
        </Link>
      </p>
      <p className="text-sm text-slate-700">
        {when(next.startsAt, zone ?? next.timeZone)}
        {rsvp ? <span className="font-semibold text-brand-800"> · {rsvpLabel(rsvp)}</span> : null}
      </p>
      {next.readings.length > 0 ? (
        <div>
          <h4 className="text-sm font-semibold text-slate-800">Read before you come</h4>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
            {next.readings.map((r) => (
              <li key={r.url}>
                <ExternalLink href={r.url}>{r.title}</ExternalLink>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function Todo({ todo }: { todo: NonNullable<PersonalView["todo"]> }) {
  const items = [
    { n: todo.openSlots, one: "slot needs a speaker", many: "slots need a speaker", href: "/speak" },
    { n: todo.pendingClaims, one: "speaker claim to decide", many: "speaker claims to decide", href: "/speak" },
    { n: todo.newSuggestions, one: "suggestion to triage", many: "suggestions to triage", href: "/papers?status=open" },
    { n: todo.drafts, one: "draft session to publish", many: "draft sessions to publish", href: "/organize" },
  ].filter((i) => i.n > 0);
  if (items.length === 0) return <p className="text-sm text-slate-700">Nothing waits for you. Thank you!</p>;
  return (
    <ul className="space-y-1 text-sm">
      {items.map((i) => (
        <li key={i.one}>
          <Link href={i.href} className={linkClass}>
            {i.n} {i.n === 1 ? i.one : i.many}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function YourHome() {
  const me = usePersonal();
  const zone = useViewerZone();
  if (!me) return null;
  const first = me.name?.trim().split(/\s+/)[0];
  return (
    <section aria-labelledby="your-home" className="card grid gap-6 p-5 md:grid-cols-2" data-testid="your-home">
      <h2 id="your-home" className="text-xl font-bold md:col-span-2">
        {first ? `Welcome back, ${first}` : "Welcome back"}
      </h2>
      <div className="space-y-2">
        <h3 className="text-sm font-semibold tracking-wide text-slate-600 uppercase">Your next session</h3>
        <NextSession me={me} zone={zone} />
      </div>
      <div className="space-y-5">
        <div className="space-y-2">
          <h3 className="text-sm font-semibold tracking-wide text-slate-600 uppercase">Your talks to prepare</h3>
          {me.talks.length > 0 ? (
            <ul className="space-y-1 text-sm">
              {me.talks.map((t) => (
                <li key={`${t.sessionId}-${t.paperTitle}`}>
                  <Link href={`/sessions/${t.sessionId}`} className={linkClass}>
                    {t.paperTitle}
                  </Link>{" "}
                  <span className="text-slate-700">
                    · {formatDay(t.startsAt, zone ?? t.timeZone)} · {t.approved ? "confirmed" : "waiting for approval"}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-700">
              None yet.{" "}
              <Link href="/speak" className={linkClass}>
                Papers that need a speaker
              </Link>
            </p>
          )}
        </div>
        {me.todo ? (
          <div className="space-y-2">
            <h3 className="text-sm font-semibold tracking-wide text-slate-600 uppercase">For organizers</h3>
            <Todo todo={me.todo} />
          </div>
        ) : null}
      </div>
    </section>
  );
}
