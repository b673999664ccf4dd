import type { Metadata } from "next";
import { RsvpsPart, StreamedSection, SuggestionsPart, TalksPart } from "./sections.tsx";
import { DeleteAccountForm } from "@/components/delete-account-form.tsx";
import { Section } from "@/components/ui/card.tsx";
import { Dialog } from "@/components/ui/dialog.tsx";
import { buttonClasses } from "@/components/ui/button-classes.ts";
import { SignOutButton } from "@/components/sign-out-button.tsx";
import { signOutCsrfToken } from "@/lib/auth/sign-out-token.ts";
import { PageHeader } from "@/components/ui/page-header.tsx";
import { ProfileForm } from "@/components/profile-form.tsx";
import { requireActor } from "@/lib/auth/require-actor.ts";
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
      <StreamedSection id="rsvps-heading" title="Your RSVPs" loading="Loading your RSVPs…">
        <RsvpsPart actor={actor} />
      </StreamedSection>
      <Section id="calendar-heading" title="Your calendar">
        <PersonalCalendar feedUrl={`${await currentSiteOrigin()}${await personalFeedPath(actor)}`} action={regenerateCalendarAction} />
      </Section>
      <StreamedSection id="talks-heading" title="Your talks" loading="Loading your talks…">
        <TalksPart actor={actor} />
      </StreamedSection>
      <StreamedSection id="suggestions-heading" title="Your suggestions" loading="Loading your suggestions…">
        <SuggestionsPart actor={actor} />
      </StreamedSection>
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
