import type { Metadata } from "next";
import { DeleteAccountForm } from "@/components/delete-account-form.tsx";
import { Section } from "@/components/ui/card.tsx";
import { Dialog } from "@/components/ui/dialog.tsx";
import { buttonClasses } from "@/components/ui/button-classes.ts";
import { SignOutButton } from "@/components/sign-out-button.tsx";
import { signOutCsrfToken } from "@/lib/auth/sign-out-token.ts";
import { PageHeader } from "@/components/ui/page-header.tsx";
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
      <PageHeader
        title="Your profile"
        description={
          <>
            Signed in as <span className="font-medium">{profile.email}</span> · {profile.role.toLowerCase()}
          </>
        }
        actions={<SignOutButton csrfToken={await signOutCsrfToken()} className={buttonClasses("secondary", "sm")} />}
      />
      <Section id="profile-heading" title="Profile and notifications">
        <ProfileForm profile={profile} action={updateProfileAction} timeZones={timeZones} />
      </Section>
      <Section id="rsvps-heading" title="Your RSVPs">
        <MyRsvps upcoming={rsvps.upcoming} past={rsvps.past} />
      </Section>
      <Section id="calendar-heading" title="Your calendar">
        <PersonalCalendar feedUrl={`${await currentSiteOrigin()}${await personalFeedPath(actor)}`} action={regenerateCalendarAction} />
      </Section>
      <Section id="talks-heading" title="Your talks">
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
      </Section>
      <Section id="suggestions-heading" title="Your suggestions">
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
      </Section>
      <Section id="delete-heading" title="Delete your account" tone="danger">
        <p className="text-sm text-slate-700">
          Your RSVPs are cancelled (a seat you held goes to the next person in line) and the talks you claimed are opened to other volunteers. Your
          suggestions and votes stay, without your name. This cannot be undone.
        </p>
        <Dialog id="delete-account" title="Delete your account?" openLabel="Delete account…" openVariant="danger">
          <p className="text-sm text-slate-700">This cannot be undone.</p>
          <DeleteAccountForm action={deleteAccountAction} />
        </Dialog>
      </Section>
    </div>
  );
}
