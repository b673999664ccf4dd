// The person's RSVPs on /me: upcoming ones with the RSVP control (and the remote link), past
// ones folded away with what they answered and whether they were checked in at the door.
// Dates are in the session's zone.
import Link from "@/components/ui/link.tsx";
import type { MyRsvpListItem } from "@/lib/rsvps/my-rsvps.ts";
import { formatDate, formatDay, formatTime } from "@/lib/time/format.ts";
import { SessionRsvp } from "./session-rsvp.tsx";

function SessionLine({ item, long }: { item: MyRsvpListItem; long?: boolean }) {
  const s = item.session;
  return (
    <>
      <Link href={`/sessions/${s.id}`} className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800">
        {s.title}
      </Link>
      <span className="block text-sm text-slate-700">
        <time dateTime={s.startsAt}>
          {long ? `${formatDay(s.startsAt, s.timeZone)}, ${formatTime(s.startsAt, s.timeZone)}` : formatDate(s.startsAt, s.timeZone)}
        </time>
        {s.cancelled ? " · Cancelled" : ""}
      </span>
    </>
  );
}

function pastStatus(item: MyRsvpListItem): string {
  const answer = item.status === "waitlisted" ? "Was on the waitlist" : item.mode === "in_person" ? "In person" : "Remote";
  return item.checkedIn ? `${answer} · checked in` : answer;
}

export function MyRsvps({ upcoming, past }: { upcoming: MyRsvpListItem[]; past: MyRsvpListItem[] }) {
  return (
    <>
      {upcoming.length === 0 ? (
        <p className="text-sm text-slate-700">
          No upcoming RSVPs.{" "}
          <Link href="/schedule" className="font-semibold text-brand-700 underline">
            See the schedule
          </Link>
          .
        </p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {upcoming.map((item) => {
            const { session, ...rsvp } = item;
            const { id, title, startsAt, isInPerson, isRemote, cancelled, seatsLeft } = session;
            return (
              <li key={session.id} className="space-y-2 py-3" data-testid="my-rsvp">
                <p>
                  <SessionLine item={item} long />
                </p>
                <SessionRsvp session={{ id, title, startsAt, isInPerson, isRemote, cancelled, seatsLeft }} known={{ rsvp }} compact />
              </li>
            );
          })}
        </ul>
      )}
      {past.length > 0 ? (
        <details className="text-sm">
          <summary className="cursor-pointer py-3 font-semibold text-slate-800">Past ({past.length})</summary>
          <ul className="divide-y divide-slate-200">
            {past.map((item) => (
              <li key={item.session.id} className="py-2" data-testid="my-past-rsvp">
                <SessionLine item={item} />
                <span className="block text-slate-700">{pastStatus(item)}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
