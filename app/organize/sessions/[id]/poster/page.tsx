// A poster for the door or the notice board: the session as published, and a QR code that opens
// its public page, where people RSVP. Sized to print on one A4 or Letter page; the site's header,
// footer and this page's controls are not printed.
import type { Metadata } from "next";
import Link from "@/components/ui/link.tsx";
import { PrintButton } from "@/components/print-button.tsx";
import { QrCode } from "@/components/qr-code.tsx";
import { requirePermission } from "@/lib/auth/require-actor.ts";
import { orNotFound } from "@/lib/http/or-not-found.ts";
import { currentSiteOrigin } from "@/lib/http/site-origin.ts";
import { getSession } from "@/lib/schedule/get-session.ts";
import { formatLongDay, formatTimeRange } from "@/lib/time/format.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Poster" };

export default async function PosterPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission(`/organize/sessions/${encodeURIComponent(id)}/poster`, "rsvp.manage");
  const session = await orNotFound(getSession(actor, { id }));
  const rsvpUrl = `${await currentSiteOrigin()}/sessions/${session.id}`;
  const zone = session.timeZone;

  return (
    <div className="space-y-6 print:space-y-0">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <p className="text-sm">
          <Link href={`/organize/sessions/${session.id}/attendees`} className="text-brand-700 underline">
            Attendees of this session
          </Link>
        </p>
        <PrintButton>Print the poster</PrintButton>
      </div>
      <p className="text-sm text-slate-700 print:hidden">
        Shows the session as last published. Fits one A4 or Letter page; print at 100% scale so the code stays large.
      </p>

      <article className="mx-auto flex max-w-[180mm] flex-col items-center gap-6 card p-8 text-center break-inside-avoid print:min-h-[245mm] print:max-w-none print:justify-evenly print:border-0 print:p-0">
        <p className="text-2xl font-semibold uppercase tracking-wide text-brand-800">{session.series.name}</p>
        <h1 className="text-4xl font-bold leading-tight text-slate-900 wrap-break-word sm:text-5xl print:text-5xl">{session.title}</h1>
        {session.status === "cancelled" ? (
          <p className="rounded-md border-2 border-red-700 px-4 py-2 text-2xl font-bold text-red-800">Cancelled</p>
        ) : null}
        <div className="space-y-1">
          <p className="text-3xl font-semibold text-slate-900">
            <time dateTime={session.startsAt}>{formatLongDay(session.startsAt, zone)}</time>
          </p>
          <p className="text-2xl text-slate-800">{formatTimeRange(session.startsAt, session.endsAt, zone)}</p>
        </div>
        <div className="space-y-1 text-2xl text-slate-800">
          {session.venue ? (
            <p>
              {session.venue.name}
              {session.venue.address ? <span className="block text-xl text-slate-700">{session.venue.address}</span> : null}
            </p>
          ) : null}
          {session.isRemote ? <p>{session.isInPerson ? "Also on Zoom" : "Online, on Zoom"}</p> : null}
        </div>
        <figure className="flex flex-col items-center gap-2">
          <figcaption className="text-2xl font-semibold text-slate-900">Scan to RSVP</figcaption>
          <QrCode value={rsvpUrl} label={`QR code: opens ${rsvpUrl}`} className="h-[90mm] w-[90mm]" />
          <p className="break-all font-mono text-base text-slate-900">{rsvpUrl}</p>
        </figure>
      </article>
    </div>
  );
}
