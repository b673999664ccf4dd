"use client";
// Checking people in at the door, on a phone: a live count, a search that filters at once, and
// one large button per person. A tap shows at once (useOptimistic) and is saved by a server
// action; a failure puts the row back and says why. The page's data is refreshed every 10 s
// while the tab is visible, so volunteers at the same door see each other's check-ins.
import { useOptimistic, useState } from "react";
import type { checkInAction, undoCheckInAction } from "@/app/organize/attendee-actions.ts";
import type { AttendeeDto } from "@/lib/rsvps/list-attendees.ts";
import { matchesSearch } from "./door-search.ts";
import { useLiveRefresh } from "./use-live-refresh.ts";
import { buttonClasses } from "@/components/ui/button-classes.ts";

export type DoorPerson = Pick<AttendeeDto, "userId" | "name" | "email" | "mode" | "status" | "position"> & { checkedIn: boolean };

type Props = {
  sessionId: string;
  /** Confirmed in person first, then the waitlist in order, then remote (as listAttendees orders them). */
  people: DoorPerson[];
  /** What the count is out of: the seats, or the people expected. */
  capacity: number;
  checkIn: typeof checkInAction;
  undoCheckIn: typeof undoCheckInAction;
};

const GROUPS = [
  { id: "door-confirmed", title: "Confirmed in person", has: (p: DoorPerson) => p.status === "confirmed" && p.mode === "in_person" },
  { id: "door-waitlist", title: "Waitlist", has: (p: DoorPerson) => p.status === "waitlisted" },
  { id: "door-remote", title: "Remote", has: (p: DoorPerson) => p.status === "confirmed" && p.mode === "remote" },
];

export const REFRESH_MS = 10_000;

export function CheckInList({ sessionId, people, capacity, checkIn, undoCheckIn }: Props) {
  const [shown, setShown] = useOptimistic(people, (state, change: { userId: string; checkedIn: boolean }) =>
    state.map((p) => (p.userId === change.userId ? { ...p, checkedIn: change.checkedIn } : p)),
  );
  const [query, setQuery] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  useLiveRefresh(REFRESH_MS);

  async function toggle(person: DoorPerson, form: FormData) {
    const checkedIn = !person.checkedIn;
    setShown({ userId: person.userId, checkedIn });
    const result = await (checkedIn ? checkIn : undoCheckIn)(null, form);
    setErrors(({ [person.userId]: _, ...rest }) => (result.ok ? rest : { ...rest, [person.userId]: result.error }));
  }

  const count = shown.filter((p) => p.checkedIn).length;
  const matching = shown.filter((p) => matchesSearch(p, query));

  return (
    <div className="space-y-4">
      <div className="sticky top-0 z-10 -mx-4 space-y-3 border-b border-slate-200 bg-slate-50 px-4 pb-3 pt-2 sm:-mx-6 sm:px-6">
        <p className="text-slate-900" aria-live="polite" aria-atomic="true" data-testid="door-count">
          <span className="text-5xl font-bold tabular-nums">{count}</span>
          <span className="text-3xl font-semibold tabular-nums"> / {capacity}</span>
          <span className="text-xl font-semibold"> checked in</span>
        </p>
        <div>
          <label htmlFor="door-search" className="block text-base font-semibold text-slate-900">
            Search by name or email
          </label>
          <input
            id="door-search"
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            autoComplete="off"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            enterKeyHint="search"
            aria-controls="door-lists"
            className="mt-1 block h-12 w-full rounded-lg border-2 border-slate-500 bg-white px-3 text-lg text-slate-900"
          />
        </div>
        <p role="status" className="text-sm text-slate-700">
          {query.trim() ? (matching.length === 1 ? "1 person matches" : `${matching.length} people match`) : ""}
        </p>
      </div>

      <div id="door-lists" className="space-y-6">
        {GROUPS.map((group) => {
          const members = matching.filter(group.has);
          if (members.length === 0) return null;
          return (
            <section key={group.id} aria-labelledby={group.id} className="space-y-2">
              <h2 id={group.id} className="text-lg font-bold text-slate-900">
                {group.title} <span className="font-normal text-slate-700">({members.length})</span>
              </h2>
              <ul className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-300 bg-white">
                {members.map((p) => (
                  <DoorRow key={p.userId} person={p} sessionId={sessionId} error={errors[p.userId]} onToggle={toggle} />
                ))}
              </ul>
            </section>
          );
        })}
        {matching.length === 0 ? (
          <p className="text-lg text-slate-800">{shown.length === 0 ? "No one has an RSVP for this session yet." : "No one matches that search."}</p>
        ) : null}
      </div>
    </div>
  );
}

function DoorRow({
  person,
  sessionId,
  error,
  onToggle,
}: {
  person: DoorPerson;
  sessionId: string;
  error?: string;
  onToggle: (person: DoorPerson, form: FormData) => Promise<void>;
}) {
  const label =
    person.status === "waitlisted"
      ? { text: `Waitlist${person.position !== null ? ` #${person.position}` : ""}`, tone: "bg-amber-100 text-amber-900 ring-amber-300" }
      : person.mode === "remote"
        ? { text: "Remote", tone: "bg-slate-100 text-slate-800 ring-slate-300" }
        : null;
  return (
    <li className={`flex flex-wrap items-center gap-3 p-3 ${person.checkedIn ? "bg-emerald-50" : ""}`} data-testid="door-person">
      <div className="min-w-0 flex-1">
        <p className="text-lg font-semibold text-slate-900 wrap-anywhere">
          {person.name}
          {label ? (
            <span className={`ml-2 inline-block rounded-full px-2 py-0.5 align-middle text-xs font-semibold ring-1 ${label.tone}`}>{label.text}</span>
          ) : null}
        </p>
        {person.email && person.email !== person.name ? <p className="text-sm text-slate-700 wrap-anywhere">{person.email}</p> : null}
      </div>
      <form action={(form) => onToggle(person, form)} className="shrink-0">
        <input type="hidden" name="sessionId" value={sessionId} />
        <input type="hidden" name="userId" value={person.userId} />
        {person.checkedIn ? (
          <button type="submit" className={buttonClasses("success-outline", "md", "min-h-12 min-w-32 sm:text-base")}>
            Checked in ✓ · Undo<span className="sr-only"> the check-in of {person.name}</span>
          </button>
        ) : (
          <button type="submit" className={buttonClasses("primary", "md", "min-h-12 min-w-32 text-base")}>
            Check in<span className="sr-only"> {person.name}</span>
          </button>
        )}
      </form>
      {error ? (
        <p role="alert" className="w-full text-sm font-medium text-red-700">
          Not saved: {error}
        </p>
      ) : null}
    </li>
  );
}
