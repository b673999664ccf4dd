// The RSVP part of a session wherever it is shown (its page, a card, /me): on the shared public
// pages the personal layer's control (a visitor gets a link to sign in and come back); on /me,
// which knows the person, the control with their RSVP. Whether RSVPs are closed is decided
// here, on the server, with the server's clock.
import { cancelRsvpAction, rsvpAction } from "@/app/(public)/sessions/rsvp-actions.ts";
import { PersonalRsvp } from "./personal/personal-rsvp.tsx";
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
  /**
   * Where the page knows the person (/me): their RSVP, undefined when they have none. Omitted on
   * the shared public pages, where the personal layer supplies it (components/personal/).
   */
  known?: { rsvp: MyRsvp | undefined };
  compact?: boolean;
};

export function SessionRsvp({ session, known, compact = false }: Props) {
  const isClosed = rsvpsClosed(session);
  const { id, title, isInPerson, isRemote, seatsLeft } = session;
  const control = { id, title, isInPerson, isRemote, seatsLeft };
  if (!known) return <PersonalRsvp session={control} isClosed={isClosed} compact={compact} />;
  return <RsvpControl session={control} rsvp={known.rsvp} isClosed={isClosed} compact={compact} answer={rsvpAction} cancel={cancelRsvpAction} />;
}
