import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "@/components/ui/link.tsx";
import { LocalTime } from "@/components/local-time.tsx";
import { SessionModeBadges, seatsLabel } from "@/components/session-meta.tsx";
import { SessionRsvp, sessionForRsvp } from "@/components/session-rsvp.tsx";
import { SlotList } from "@/components/slot-list.tsx";
import { ExternalLink } from "@/components/ui/external-link.tsx";
import { CalendarLinks } from "@/components/calendar-links.tsx";
import { jsonLdText, sessionJsonLd } from "@/lib/calendar/event-json-ld.ts";
import { currentSiteOrigin } from "@/lib/http/site-origin.ts";
import { orNotFound } from "@/lib/http/or-not-found.ts";
import { getSession } from "@/lib/schedule/get-session.ts";
import { formatLongDay, formatTimeRange } from "@/lib/time/format.ts";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const session = await orNotFound(getSession(null, { id }));
  const description = session.slots.map((s) => s.paper.title).join(" · ");
  const when = `${formatLongDay(session.startsAt, session.timeZone)}, ${formatTimeRange(session.startsAt, session.endsAt, session.timeZone)}`;
  return {
    title: session.title,
    description,
    // Shared in Discord or elsewhere, a link shows the session.
    openGraph: {
      type: "website",
      siteName: "Paper Club",
      title: `${session.title} · ${session.series.name}`,
      description: `${when}${description ? ` — ${description}` : ""}`,
      url: `${await currentSiteOrigin()}/sessions/${session.id}`,
    },
  };
}

export default async function SessionPage({ params }: Props) {
  const { id } = await params;
  // The same page for everyone: a signed-in person's RSVP comes with the personal layer.
  const session = await orNotFound(getSession(null, { id }));
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  const seats = seatsLabel(session);
  const site = await currentSiteOrigin();

  return (
    <article className="space-y-8">
      {/* Data, not a script: never run, so the CSP does not apply; typed text is JSON-escaped. */}
      <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: jsonLdText(sessionJsonLd(session, site)) }} />
      <header className="space-y-3">
        <p className="text-sm font-semibold uppercase tracking-wide text-slate-600">
          <Link href={`/schedule?series=${session.series.slug}`} className="text-brand-700 hover:underline">
            {session.series.name}
          </Link>
          {session.track ? (
            <>
              {" · "}
              <Link href={`/tracks/${session.track.slug}`} className="text-brand-700 hover:underline">
                {session.track.name}
              </Link>
            </>
          ) : null}
        </p>
        <h1 className="page-title">{session.title}</h1>
        <SessionModeBadges session={session} />
        {session.status === "cancelled" ? (
          <p role="status" data-tone="danger" className="alert text-base">
            This session is cancelled.{session.cancelReason ? ` ${session.cancelReason}` : ""}
          </p>
        ) : null}
      </header>

      <dl className="grid gap-4 card p-5 sm:grid-cols-2">
        <div>
          <dt className="text-sm font-medium text-slate-600">When</dt>
          <dd className="text-slate-900">
            <time dateTime={session.startsAt}>{formatLongDay(session.startsAt, session.timeZone)}</time>
            <span className="block">{formatTimeRange(session.startsAt, session.endsAt, session.timeZone)}</span>
            <LocalTime iso={session.startsAt} sessionZone={session.timeZone} />
          </dd>
        </div>
        <div>
          <dt className="text-sm font-medium text-slate-600">Where</dt>
          <dd className="space-y-1 text-slate-900">
            {session.venue ? (
              <p>
                {session.venue.name}
                {session.venue.address ? <span className="block text-sm text-slate-700">{session.venue.address}</span> : null}
              </p>
            ) : null}
            {session.isRemote ? <p>On Zoom — everyone who RSVPs gets the link, shown with their RSVP below.</p> : null}
            {seats ? <p className="text-sm text-slate-700">{seats}</p> : null}
          </dd>
        </div>
        {session.pairedSessionId ? (
          <div className="sm:col-span-2">
            <dt className="text-sm font-medium text-slate-600">Other section</dt>
            <dd>
              <Link href={`/sessions/${session.pairedSessionId}`} className="font-medium text-brand-700 underline underline-offset-2">
                {session.isInPerson ? "The remote section of this session" : "The in-person section of this session"}
              </Link>
            </dd>
          </div>
        ) : null}
        {session.recordingUrl || session.slidesUrl ? (
          <div className="sm:col-span-2">
            <dt className="text-sm font-medium text-slate-600">Catch up</dt>
            <dd className="flex flex-wrap gap-4">
              {session.recordingUrl ? <ExternalLink href={session.recordingUrl}>Watch the recording</ExternalLink> : null}
              {session.slidesUrl ? <ExternalLink href={session.slidesUrl}>Slides</ExternalLink> : null}
            </dd>
          </div>
        ) : null}
      </dl>

      <section aria-labelledby="rsvp-heading" className="space-y-3 card p-5">
        <h2 id="rsvp-heading" className="text-xl font-bold">
          RSVP
        </h2>
        <SessionRsvp session={sessionForRsvp(session)} />
        {session.isPast ? null : (
          <div className="space-y-2 border-t border-slate-200 pt-3">
            <h3 className="text-sm font-semibold text-slate-800">Add to your calendar</h3>
            <CalendarLinks session={session} siteUrl={site} />
          </div>
        )}
      </section>

      {session.description ? <p className="max-w-prose whitespace-pre-line text-slate-800">{session.description}</p> : null}

      <section aria-labelledby="papers-heading" className="space-y-4">
        <h2 id="papers-heading" className="text-xl font-bold">
          Papers
        </h2>
        <div className="card p-5">
          <SlotList slots={session.slots} detailed />
        </div>
      </section>
    </article>
  );
}
