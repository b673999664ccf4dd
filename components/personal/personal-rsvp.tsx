"use client";
// The RSVP part of a session on the shared public pages: the person's control once the personal
// layer says who they are; the visitor's "Sign in to RSVP" otherwise. Before the page's
// JavaScript runs, a signed-in person sees neither (app/globals.css hides [data-personal=visitor]
// when the page carries their view) but the pending part: on a card a plain link to the session
// page, on the session page the buttons, disabled until their RSVP is known.
import Link from "@/components/ui/link.tsx";
import { cancelRsvpAction, rsvpAction } from "@/app/(public)/sessions/rsvp-actions.ts";
import { signInPath } from "@/lib/auth/sign-in-path.ts";
import { RsvpControl, type RsvpSession } from "../rsvp-control.tsx";
import { refreshPersonal, usePersonal } from "./use-personal.ts";
import { buttonClasses } from "@/components/ui/button-classes.ts";

type Props = { session: RsvpSession; isClosed: boolean; compact?: boolean };

// Shown until the personal layer is known: the shape of the buttons to come, disabled.
const PENDING_BUTTON = buttonClasses("secondary", "md", "min-h-11 border-line-strong bg-surface-muted text-ink-muted");

export function PersonalRsvp({ session, isClosed, compact = false }: Props) {
  const me = usePersonal();
  if (me) {
    return (
      <RsvpControl
        session={{ ...session, seatsLeft: me.seats[session.id] ?? session.seatsLeft }}
        rsvp={me.rsvps[session.id]}
        isClosed={isClosed}
        compact={compact}
        answer={rsvpAction}
        cancel={cancelRsvpAction}
        after={refreshPersonal}
      />
    );
  }
  if (isClosed) return <p className="text-sm text-slate-700">RSVPs are closed</p>;
  const forTitle = compact ? <span className="sr-only"> for {session.title}</span> : null;
  return (
    <>
      <span data-personal="visitor">
        <Link
          href={signInPath(`/sessions/${session.id}`)}
          className={
            compact
              ? "inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline underline-offset-2"
              : buttonClasses("primary", "md", "min-h-11")
          }
        >
          Sign in to RSVP{forTitle}
        </Link>
      </span>
      <span data-personal="pending">
        {compact ? (
          <Link
            href={`/sessions/${session.id}`}
            className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline underline-offset-2"
          >
            RSVP{forTitle}
          </Link>
        ) : (
          <span className="flex flex-wrap gap-2" aria-busy="true">
            {session.isInPerson ? (
              <button type="button" disabled className={PENDING_BUTTON}>
                Attend in person
              </button>
            ) : null}
            {session.isRemote ? (
              <button type="button" disabled className={PENDING_BUTTON}>
                Attend remotely
              </button>
            ) : null}
          </span>
        )}
      </span>
    </>
  );
}
