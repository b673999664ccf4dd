"use client";
// A session's attendees in three lists — confirmed in person, the waitlist in order, remote —
// with when each person RSVPed, their no-shows this season, and a Remove button that asks once
// more before it frees the seat (the next person in line gets it, and an email).
import { useActionState, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { removeAttendeeAction } from "@/app/organize/attendee-actions.ts";
import type { AttendeeDto } from "@/lib/rsvps/list-attendees.ts";
import { formatDate, formatTime } from "@/lib/time/format.ts";
import { noShowsLabel } from "./attendee-counts.ts";
import { Badge } from "./ui/badge.tsx";
import { dangerButtonClass, smallButtonClass } from "./ui/button-classes.ts";
import { FormMessage } from "./ui/field.tsx";

type Props = {
  sessionId: string;
  timeZone: string;
  isInPerson: boolean;
  isRemote: boolean;
  attendees: AttendeeDto[];
  removeAction: typeof removeAttendeeAction;
};

type Group = { id: string; title: string; empty: string; ordered?: boolean; people: AttendeeDto[] };

function groupsOf({ attendees, isInPerson, isRemote }: Pick<Props, "attendees" | "isInPerson" | "isRemote">): Group[] {
  const confirmed = attendees.filter((a) => a.status === "confirmed" && a.mode === "in_person");
  const waitlist = attendees.filter((a) => a.status === "waitlisted");
  const remote = attendees.filter((a) => a.status === "confirmed" && a.mode === "remote");
  return [
    ...(isInPerson || confirmed.length ? [{ id: "confirmed", title: "Confirmed in person", empty: "No one yet.", people: confirmed }] : []),
    ...(isInPerson || waitlist.length ? [{ id: "waitlist", title: "Waitlist", empty: "No one is waiting.", ordered: true, people: waitlist }] : []),
    ...(isRemote || remote.length ? [{ id: "remote", title: "Remote", empty: "No one yet.", people: remote }] : []),
  ];
}

export function AttendeeList(props: Props) {
  const { sessionId, timeZone, removeAction } = props;
  const [result, formAction, removing] = useActionState(removeAction, null);
  const failed = result && !result.ok ? result.values?.userId : undefined;

  return (
    <div className="space-y-6">
      {result?.ok ? <FormMessage result={result} /> : null}
      {groupsOf(props).map((group) => {
        const List = group.ordered ? "ol" : "ul";
        return (
          <section key={group.id} aria-labelledby={`${group.id}-heading`} className="space-y-2">
            <h2 id={`${group.id}-heading`} className="text-xl font-bold">
              {group.title} <span className="text-base font-normal text-slate-700">({group.people.length})</span>
            </h2>
            {group.people.length === 0 ? (
              <p className="text-slate-700">{group.empty}</p>
            ) : (
              <List className="card-list">
                {group.people.map((a) => (
                  <li key={a.userId} className="flex flex-wrap items-start justify-between gap-3 p-4" data-testid="attendee">
                    <div className="min-w-0 space-y-1">
                      <p className="font-semibold text-slate-900 wrap-anywhere">
                        {a.position !== null ? <span className="text-slate-700">{a.position}. </span> : null}
                        {a.name}
                      </p>
                      {a.email && a.email !== a.name ? <p className="text-sm text-slate-700 wrap-anywhere">{a.email}</p> : null}
                      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700">
                        <span>
                          RSVP <time dateTime={a.rsvpAt}>{`${formatDate(a.rsvpAt, timeZone)}, ${formatTime(a.rsvpAt, timeZone)}`}</time>
                        </span>
                        {a.checkedInAt ? <Badge tone="green">Checked in</Badge> : null}
                        {a.noShows > 0 ? <Badge tone="amber">{noShowsLabel(a.noShows)}</Badge> : null}
                      </p>
                    </div>
                    <RemoveButton person={a} sessionId={sessionId} formAction={formAction} removing={removing} />
                    {failed === a.userId && result && !result.ok ? (
                      <p role="alert" className="w-full text-sm font-medium text-red-700">
                        {result.error}
                      </p>
                    ) : null}
                  </li>
                ))}
              </List>
            )}
          </section>
        );
      })}
    </div>
  );
}

/** "Remove", then "Yes, remove …" or "Keep"; focus follows the buttons. */
function RemoveButton(props: { person: AttendeeDto; sessionId: string; formAction: (form: FormData) => void; removing: boolean }) {
  const { person, sessionId, formAction, removing } = props;
  const [confirming, setConfirming] = useState(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  if (!confirming)
    return (
      <button ref={removeButton} type="button" onClick={() => setConfirming(true)} aria-label={`Remove ${person.name}`} className={smallButtonClass}>
        Remove
      </button>
    );
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="userId" value={person.userId} />
      {/* Focus moves here from the Remove button that this replaces. */}
      <button type="submit" autoFocus disabled={removing} className={dangerButtonClass}>
        {removing ? "Removing…" : `Yes, remove ${person.name}`}
      </button>
      <button
        type="button"
        onClick={() => {
          flushSync(() => setConfirming(false));
          removeButton.current?.focus();
        }}
        className={smallButtonClass}
      >
        Keep
      </button>
    </form>
  );
}
