import Link from "@/components/ui/link.tsx";
import { SessionCard } from "@/components/session-card.tsx";
import { listNextSessions } from "@/lib/schedule/list-next-sessions.ts";
import { buttonClasses } from "@/components/ui/button-classes.ts";
import { EmptyState } from "@/components/ui/empty-state.tsx";
import { Card } from "@/components/ui/card.tsx";
import { YourHome } from "@/components/personal/your-home.tsx";

export const dynamic = "force-dynamic";

const WAYS_TO_TAKE_PART = [
  {
    title: "Come along",
    text: "Every Test of Time session meets in person in San Francisco (limited seats) and on Zoom at the same time. The weekly Paper Club is on Zoom.",
  },
  {
    title: "Present a paper",
    text: "Each paper in a session is a slot that a volunteer presents. Pick one you would love to explain, come prepared, and lead the discussion.",
  },
  {
    title: "Suggest what we read",
    text: "Recommend a paper or a whole topic, say why it matters, and upvote the suggestions you want to see on the schedule.",
  },
  {
    title: "Catch up any time",
    text: "Past sessions keep their recordings and slides, so you can work through a whole track at your own pace.",
  },
];

export default async function HomePage() {
  // The same page for everyone: a signed-in person's RSVPs come with the personal layer.
  const series = await listNextSessions(null);
  return (
    <div className="space-y-12">
      <div className="your-home-slot">
        <YourHome />
      </div>
      <section className="space-y-4">
        <h1 className="text-4xl font-bold tracking-tight text-slate-900">Read AI papers together.</h1>
        <p className="max-w-2xl text-lg text-slate-700">
          Paper Club is a volunteer-run community. Every week we read a paper that is trending, often with one of its authors, and this season{" "}
          <strong>Test of Time</strong> works through the foundational papers every AI engineer should know — in San Francisco and remotely.
        </p>
        <p>
          <Link href="/schedule" className={buttonClasses("primary", "md", "px-5 py-2.5 text-base")}>
            See the schedule
          </Link>
        </p>
      </section>

      {/* Not named regions: two series may share a name, and landmarks must not (axe landmark-unique). */}
      {series.map((s) => (
        <div key={s.slug} className="space-y-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id={`next-${s.slug}`} className="text-2xl font-bold">
              Next in {s.name}
            </h2>
            <Link href={`/schedule?series=${s.slug}`} className="text-sm font-semibold text-brand-700 underline underline-offset-2">
              All {s.upcomingCount} upcoming
            </Link>
          </div>
          <p className="max-w-2xl text-slate-700">{s.description}</p>
          {s.next ? (
            <SessionCard session={s.next} withRsvp />
          ) : (
            <EmptyState title="No upcoming sessions are published yet.">Recordings of past sessions are on the schedule.</EmptyState>
          )}
        </div>
      ))}

      <section aria-labelledby="take-part" className="space-y-4">
        <h2 id="take-part" className="text-2xl font-bold">
          How to take part
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {WAYS_TO_TAKE_PART.map((w) => (
            <Card as="li" key={w.title}>
              <h3 className="font-semibold">{w.title}</h3>
              <p className="mt-1 text-slate-700">{w.text}</p>
            </Card>
          ))}
        </ul>
      </section>
    </div>
  );
}
