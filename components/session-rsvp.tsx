// The RSVP part of a session wherever it is shown (its page, a card, /me): for a visitor a
// link to sign in and come back to the session; for a member the RSVP control with the
// actions. Whether RSVPs are closed is decided here, on the server, with the server's clock.
import Link from "@/components/ui/link.tsx";
import { cancelRsvpAction, rsvpAction } from "@/app/(public)/sessions/rsvp-actions.ts";
import { signInPath } from "@/lib/auth/require-actor.ts";
import type { MyRsvp } from "@/lib/rsvps/my-rsvps.ts";
import type { SessionDto } from "@/lib/schedule/dto.ts";
import { RsvpControl, type RsvpSession } from "./rsvp-control.tsx";
import { appNow } from "../lib/time/clock.ts";

export type SessionForRsvp = RsvpSession & { startsAt: string; cancelled: boolean };

/** What the control needs of a published session. */
export function sessionForRsvp(session: SessionDto): SessionForRsvp {
  const { id, title, isInPerson, isRemote, seatsLeft, startsAt } = session;
  return { id, title, isInPerson, isRemote, seatsLeft, startsAt, cancelled: session.status === "cancelled" };
}

/** RSVPs close when the session starts (a past session has started) or is cancelled. */
export function rsvpsClosed(session: Pick<SessionForRsvp, "startsAt" | "cancelled">, now = appNow()): boolean {
  return session.cancelled || Date.parse(session.startsAt) <= now.getTime();
}

type Props = {
  session: SessionForRsvp;
  /** The person's RSVP to this session (rsvpsOf), undefined when they have none. */
  rsvp: MyRsvp | undefined;
  signedIn: boolean;
  compact?: boolean;
};

export function SessionRsvp({ session, rsvp, signedIn, compact = false }: Props) {
  const isClosed = rsvpsClosed(session);
  if (!signedIn) {
    if (isClosed) return <p className="text-sm text-slate-700">RSVPs are closed</p>;
    return (
      <Link
        href={signInPath(`/sessions/${session.id}`)}
        className={
          compact
            ? "inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline underline-offset-2"
            : "inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800"
        }
      >
        Sign in to RSVP{compact ? <span className="sr-only"> for {session.title}</span> : null}
      </Link>
    );
  }
  const { id, title, isInPerson, isRemote, seatsLeft } = session;
  return (
    <RsvpControl
      session={{ id, title, isInPerson, isRemote, seatsLeft }}
      rsvp={rsvp}
      isClosed={isClosed}
      compact={compact}
      answer={rsvpAction}
      cancel={cancelRsvpAction}
    />
  );
}
