"use client";
// The header's account part: "Sign in" for a visitor; for a signed-in person (from the personal
// layer) their name and, from the `sm` width up, the day of their next session, which open
// their menu — their next session and how they attend, their profile, the organizer links, and
// sign-out — a native popover that needs no JavaScript (Esc and a click outside close it). So
// the header stays one line at every width, for organizers too. Before the page's JavaScript
// runs on a shared copy, a signed-in person sees a link to their page (rendered for them, with
// the menu), not "Sign in".
import Link from "@/components/ui/link.tsx";
import { formatDay, formatTime } from "@/lib/time/format.ts";
import type { PersonalView } from "@/lib/personal/personal-view.ts";
import { SignOutButton } from "../sign-out-button.tsx";
import { useViewerZone } from "../viewer-zone.tsx";
import { rsvpLabel } from "./my-rsvp-note.tsx";
import { usePersonal } from "./use-personal.ts";
import { buttonClasses } from "@/components/ui/button-classes.ts";

const linkClass = "text-slate-700 underline-offset-4 hover:text-brand-700 hover:underline";
export const ACCOUNT_MENU_ID = "account-menu";

export function AccountNav() {
  const me = usePersonal();
  const zone = useViewerZone();
  if (!me) {
    return (
      <>
        <span data-personal="visitor">
          <Link href="/signin" className={buttonClasses("primary", "sm")}>
            Sign in
          </Link>
        </span>
        <span data-personal="pending">
          <Link href="/me" className={linkClass}>
            Your page
          </Link>
        </span>
      </>
    );
  }
  const next = me.next;
  const rsvp = next ? me.rsvps[next.sessionId] : undefined;
  const name = me.name ?? "Your account";
  const nextDay = next ? formatDay(next.startsAt, zone ?? next.timeZone) : null;
  return (
    <div>
      <button
        type="button"
        popoverTarget={ACCOUNT_MENU_ID}
        className="account-button"
        aria-label={`${name}: account menu${nextDay ? `, next session ${nextDay}` : ""}`}
      >
        <span className="flex min-w-0 flex-col items-start leading-tight">
          {/* On a phone the first name only, so the header stays one line. */}
          <span className="block max-w-24 truncate sm:hidden">{name.split(/\s+/)[0]}</span>
          <span className="block max-w-40 truncate max-sm:hidden">{name}</span>
          {nextDay ? (
            <span className="text-xs font-normal text-slate-600 max-sm:hidden" data-testid="header-next">
              Next: {nextDay}
            </span>
          ) : null}
        </span>
        <span aria-hidden="true" className="text-xs text-slate-600">
          ▾
        </span>
      </button>
      <div id={ACCOUNT_MENU_ID} popover="auto" className="account-menu">
        {next ? <NextInMenu next={next} rsvp={rsvp ? rsvpLabel(rsvp) : null} zone={zone ?? next.timeZone} /> : null}
        <ul className="space-y-3">
          <li>
            <Link href="/me" className={linkClass}>
              Your profile, RSVPs and talks
            </Link>
          </li>
          <OrganizerLinks links={me.links} />
          <li>
            <SignOutButton csrfToken={me.signOutToken} />
          </li>
        </ul>
      </div>
    </div>
  );
}

function NextInMenu({ next, rsvp, zone }: { next: NonNullable<PersonalView["next"]>; rsvp: string | null; zone: string }) {
  return (
    <div className="mb-3 border-b border-line pb-3">
      <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase">Your next session</p>
      <Link href={`/sessions/${next.sessionId}`} className="font-semibold text-brand-700 underline underline-offset-2">
        {next.title}
      </Link>
      <p className="text-slate-700">
        {formatDay(next.startsAt, zone)}, {formatTime(next.startsAt, zone)}
      </p>
      {rsvp ? <p className="font-semibold text-brand-800">{rsvp}</p> : null}
    </div>
  );
}

function OrganizerLinks({ links }: { links: { organize: boolean; people: boolean } }) {
  return (
    <>
      {links.organize ? (
        <li>
          <Link href="/organize" className={linkClass}>
            Organize
          </Link>
        </li>
      ) : null}
      {links.people ? (
        <li>
          <Link href="/admin/people" className={linkClass}>
            People
          </Link>
        </li>
      ) : null}
    </>
  );
}
