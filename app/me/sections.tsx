// The parts of /me that read more than the profile, streamed in after it (issue 19, item 5):
// each shows a skeleton until its data is there. The person was checked before any of them
// (requireActor in the page), so a refusal is never streamed.
import { Suspense, type ReactNode } from "react";
import type { SignedInActor } from "@/lib/auth/actor.ts";
import { Section } from "@/components/ui/card.tsx";
import { ListSkeleton } from "@/components/ui/skeleton.tsx";
import { addSlidesAction, confirmTalkAction, withdrawClaimAction } from "@/app/(public)/speak/actions.ts";
import { LocalDate } from "@/components/local-date.tsx";
import { MyRsvps } from "@/components/my-rsvps.tsx";
import { MyTalk } from "@/components/my-talk.tsx";
import { listMyRsvps } from "@/lib/rsvps/my-rsvps.ts";
import { listMyTalks } from "@/lib/speakers/my-talks.ts";
import { listMySuggestions } from "@/lib/suggestions/list-suggestions.ts";

/** A section of /me whose content streams in behind a skeleton. */
export function StreamedSection({ id, title, loading, children }: { id: string; title: string; loading: string; children: ReactNode }) {
  return (
    <Section id={id} title={title}>
      <Suspense fallback={<ListSkeleton label={loading} />}>{children}</Suspense>
    </Section>
  );
}

/** An empty list on /me: "None yet." and the way to a first one. */
function NoneYet({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="text-sm text-slate-700">
      None yet.{" "}
      <a href={href} className="font-semibold text-brand-700 underline">
        {children}
      </a>
      .
    </p>
  );
}

export async function RsvpsPart({ actor }: { actor: SignedInActor }) {
  const rsvps = await listMyRsvps(actor);
  return <MyRsvps upcoming={rsvps.upcoming} past={rsvps.past} />;
}

export async function TalksPart({ actor }: { actor: SignedInActor }) {
  const talks = await listMyTalks(actor);
  return (
    <>
      {talks.length === 0 ? (
        <NoneYet href="/speak">See the papers that need a speaker</NoneYet>
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
    </>
  );
}

export async function SuggestionsPart({ actor }: { actor: SignedInActor }) {
  const suggestions = await listMySuggestions(actor);
  return (
    <>
      {suggestions.length === 0 ? (
        <NoneYet href="/papers/suggest">Suggest a paper</NoneYet>
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
    </>
  );
}
