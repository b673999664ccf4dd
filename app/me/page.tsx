import type { Metadata } from "next";
import { DeleteAccountForm } from "@/components/delete-account-form.tsx";
import { ProfileForm } from "@/components/profile-form.tsx";
import { requireActor } from "@/lib/auth/require-actor.ts";
import { listMySuggestions } from "@/lib/suggestions/list-suggestions.ts";
import { listMyTalks } from "@/lib/speakers/my-talks.ts";
import { MyTalk } from "@/components/my-talk.tsx";
import { LocalDate } from "@/components/local-date.tsx";
import { MyRsvps } from "@/components/my-rsvps.tsx";
import { listMyRsvps } from "@/lib/rsvps/my-rsvps.ts";
import { addSlidesAction, confirmTalkAction, withdrawClaimAction } from "@/app/(public)/speak/actions.ts";
import { getProfile } from "@/lib/users/get-profile.ts";
import { PersonalCalendar } from "@/components/personal-calendar.tsx";
import { personalFeedPath } from "@/lib/calendar/personal-feed.ts";
import { currentSiteOrigin } from "@/lib/http/site-origin.ts";
import { deleteAccountAction, regenerateCalendarAction, updateProfileAction } from "./actions.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your profile" };

export default async function MePage() {
  const actor = await requireActor("/me");
  const profile = await getProfile(actor, { userId: actor.id });
  const timeZones = Intl.supportedValuesOf("timeZone");
  const [suggestions, talks, rsvps] = await Promise.all([listMySuggestions(actor), listMyTalks(actor), listMyRsvps(actor)]);
  return (
    <div className="mx-auto max-w-2xl space-y-10">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold">Your profile</h1>
        <p className="text-slate-700">
          Signed in as <span className="font-medium">{profile.email}</span> · {profile.role.toLowerCase()}
        </p>
      </header>
      <section aria-labelledby="profile-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="profile-heading" className="text-xl font-bold">
          Profile and notifications
        </h2>
        <ProfileForm profile={profile} action={updateProfileAction} timeZones={timeZones} />
      </section>
      <section aria-labelledby="rsvps-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="rsvps-heading" className="text-xl font-bold">
          Your RSVPs
        </h2>
        <MyRsvps upcoming={rsvps.upcoming} past={rsvps.past} />
      </section>
      <section aria-labelledby="calendar-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="calendar-heading" className="text-xl font-bold">
          Your calendar
        </h2>
        <PersonalCalendar feedUrl={`${await currentSiteOrigin()}${await personalFeedPath(actor)}`} action={regenerateCalendarAction} />
      </section>
      <section aria-labelledby="talks-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="talks-heading" className="text-xl font-bold">
          Your talks
        </h2>
        {talks.length === 0 ? (
          <p className="text-sm text-slate-700">
            None yet.{" "}
            <a href="/speak" className="font-semibold text-brand-700 underline">
              See the papers that need a speaker
            </a>
            .
          </p>
        ) : (
          <>
            {[
              ["Upcoming", talks.filter((t) => !t.isPast)],
              ["Past", talks.filter((t) => t.isPast)],
            ].map(([label, list]) =>
              (list as typeof talks).length > 0 ? (
                <div key={label as string}>
                  <h3 className="font-semibold text-slate-800">{label as string}</h3>
                  <ul className="divide-y divide-slate-200">
                    {(list as typeof talks).map((t) => (
                      <MyTalk key={t.slotId} talk={t} withdraw={withdrawClaimAction} addSlides={addSlidesAction} confirm={confirmTalkAction} />
                    ))}
                  </ul>
                </div>
              ) : null,
            )}
          </>
        )}
      </section>
      <section aria-labelledby="suggestions-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="suggestions-heading" className="text-xl font-bold">
          Your suggestions
        </h2>
        {suggestions.length === 0 ? (
          <p className="text-sm text-slate-700">
            None yet.{" "}
            <a href="/papers/suggest" className="font-semibold text-brand-700 underline">
              Suggest a paper
            </a>
            .
          </p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {suggestions.map((s) => (
              <li key={s.id} className="py-2 text-sm" data-testid="my-suggestion">
                <p className="font-medium text-slate-900">{s.title}</p>
                <p className="text-slate-700">
                  {s.status === "open" ? "Open for votes" : s.status.charAt(0).toUpperCase() + s.status.slice(1)} · {s.voteCount}{" "}
                  {s.voteCount === 1 ? "vote" : "votes"}
                  {s.status === "declined" && s.declineReason ? ` · ${s.declineReason}` : ""}
                  {s.scheduled ? (
                    <>
                      {" "}
                      · on <LocalDate iso={s.scheduled.startsAt} zone={s.scheduled.timeZone} />
                    </>
                  ) : (
                    ""
                  )}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="delete-heading" className="space-y-3 rounded-lg border border-red-200 bg-white p-5">
        <h2 id="delete-heading" className="text-xl font-bold text-red-900">
          Delete your account
        </h2>
        <p className="text-sm text-slate-700">
          Your RSVPs are cancelled (a seat you held goes to the next person in line) and the talks you claimed are opened to other volunteers. Your
          suggestions and votes stay, without your name. This cannot be undone.
        </p>
        <DeleteAccountForm action={deleteAccountAction} />
      </section>
    </div>
  );
}
