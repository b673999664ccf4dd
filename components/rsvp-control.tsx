"use client";
// A signed-in person's RSVP to one session: answer in person or remotely (or join the waitlist
// when the seats are taken), switch, or cancel; their status and, once they have an RSVP to a
// remote session, the link to join. `compact` is the variant for session cards. Visitors get
// a sign-in link instead (session-rsvp.tsx), so they never reach the action unauthenticated.
import { useActionState, useOptimistic } from "react";
import type { cancelRsvpAction, rsvpAction } from "@/app/(public)/sessions/rsvp-actions.ts";
import type { MyRsvp } from "@/lib/rsvps/my-rsvps.ts";
import { buttonClasses } from "./ui/button-classes.ts";
import { ExternalLink } from "./ui/external-link.tsx";

export type RsvpSession = {
  id: string;
  title: string;
  isInPerson: boolean;
  isRemote: boolean;
  /** Free seats in person; null when unknown or unlimited. */
  seatsLeft: number | null;
};

type Props = {
  session: RsvpSession;
  rsvp: MyRsvp | undefined;
  /** Started, past or cancelled: the status and link stay, the buttons go. */
  isClosed: boolean;
  compact?: boolean;
  answer: typeof rsvpAction;
  cancel: typeof cancelRsvpAction;
  /** Runs after a successful answer, before the buttons come back (the personal layer refetches). */
  after?: () => Promise<void>;
};

type Result = Awaited<ReturnType<typeof rsvpAction>>;

// At least 44 px tall: a thumb's target on a phone.
const PRIMARY = buttonClasses("primary", "md", "min-h-11");
const SECONDARY = buttonClasses("secondary", "md", "min-h-11");
const CANCEL = buttonClasses("secondary", "md", "min-h-11 border-slate-400 text-slate-800 hover:border-red-700 hover:text-red-800");

function statusText(rsvp: MyRsvp, isRemote: boolean): string {
  if (rsvp.status === "waitlisted") {
    const place = rsvp.position ? `#${rsvp.position} ` : "";
    return `You're ${place}on the waitlist for a seat${isRemote ? " — you can join remotely meanwhile" : ""}`;
  }
  return rsvp.mode === "in_person" ? "You're going in person" : "You're joining remotely";
}

function inPersonLabel(session: RsvpSession, rsvp: MyRsvp | undefined, compact: boolean): string {
  if (session.seatsLeft === 0) return compact ? "Join the waitlist" : "Join the in-person waitlist";
  if (rsvp) return "Switch to in person";
  return compact ? "In person" : "Attend in person";
}

function remoteLabel(rsvp: MyRsvp | undefined, compact: boolean): string {
  if (rsvp) return "Switch to remote";
  return compact ? "Remote" : "Attend remotely";
}

/** What an answer will most likely do, shown while it is on its way (a seat, or the waitlist when none is left). */
function expectedRsvp(session: RsvpSession, rsvp: MyRsvp | undefined, mode: "in_person" | "remote"): MyRsvp {
  const waits = mode === "in_person" && session.seatsLeft === 0;
  return { sessionId: session.id, status: waits ? "waitlisted" : "confirmed", mode, remoteUrl: rsvp?.remoteUrl ?? null, checkedIn: false };
}

export function RsvpControl({ session, rsvp: known, isClosed, compact = false, answer, cancel, after }: Props) {
  // Optimistic: the answer shows at once, and rolls back to what is known if the server says no.
  const [rsvp, setRsvp] = useOptimistic(known);
  // One state for answering and cancelling: the last result is the one shown.
  const [result, dispatch, pending] = useActionState(async (prev: Result | null, form: FormData) => {
    const mode = form.get("mode");
    setRsvp(mode === "in_person" || mode === "remote" ? expectedRsvp(session, known, mode) : undefined);
    const done = await (form.has("mode") ? answer(prev, form) : cancel(prev, form));
    if (done.ok && after) await after();
    return done;
  }, null);
  const forTitle = compact ? <span className="sr-only"> for {session.title}</span> : null;
  const status = rsvp ? statusText(rsvp, session.isRemote) : result?.ok ? result.message : null;
  const offersInPerson = session.isInPerson && rsvp?.mode !== "in_person";
  const offersRemote = session.isRemote && rsvp?.mode !== "remote";
  const pad = compact ? "px-3" : "px-4";

  const button = (label: string, className: string, mode?: "in_person" | "remote") => (
    <form action={dispatch}>
      <input type="hidden" name="sessionId" value={session.id} />
      {mode ? <input type="hidden" name="mode" value={mode} /> : null}
      <button type="submit" disabled={pending} className={`${className} ${pad}`}>
        {label}
        {forTitle}
      </button>
    </form>
  );

  return (
    <div
      role="group"
      aria-label={compact ? `RSVP for ${session.title}` : "RSVP"}
      aria-busy={pending || undefined}
      className={compact ? "space-y-2 text-sm" : "space-y-3"}
      data-testid="rsvp-control"
    >
      {status ? (
        <p role="status" className={`font-medium ${rsvp?.status === "waitlisted" ? "text-amber-900" : "text-emerald-800"}`}>
          {status}
        </p>
      ) : null}
      {rsvp && session.isRemote && rsvp.remoteUrl ? (
        <p>
          <ExternalLink href={rsvp.remoteUrl}>
            Join on Zoom
            {forTitle}
          </ExternalLink>
        </p>
      ) : rsvp && session.isRemote && !compact ? (
        <p className="text-sm text-slate-700">The Zoom link appears here once the organizers add it.</p>
      ) : null}
      {isClosed ? (
        <p className="text-sm text-slate-700">RSVPs are closed</p>
      ) : (
        <div className="flex flex-wrap gap-2">
          {offersInPerson ? button(inPersonLabel(session, rsvp, compact), rsvp ? SECONDARY : PRIMARY, "in_person") : null}
          {offersRemote ? button(remoteLabel(rsvp, compact), rsvp ? SECONDARY : PRIMARY, "remote") : null}
          {rsvp ? button("Cancel RSVP", CANCEL) : null}
        </div>
      )}
      {!isClosed && !compact && rsvp?.status === "waitlisted" && session.isRemote ? (
        <p className="text-sm text-slate-600">Switching to remote gives up your place in line.</p>
      ) : null}
      {result && !result.ok ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {result.fields?.mode ?? result.error}
        </p>
      ) : null}
    </div>
  );
}
