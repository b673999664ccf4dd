import type { Metadata } from "next";
import { SuggestPaperForm } from "@/components/suggest-paper-form.tsx";
import { SuggestTopicForm } from "@/components/suggest-topic-form.tsx";
import { requireActor } from "@/lib/auth/require-actor.ts";
import { listSeries } from "@/lib/schedule/list-series.ts";
import { suggestPaperAction, suggestTopicAction } from "../actions.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Suggest a paper" };

export default async function SuggestPage() {
  await requireActor("/papers/suggest");
  const tracks = (await listSeries(null)).flatMap((s) => s.tracks);
  return (
    <div className="mx-auto max-w-2xl space-y-10">
      <section aria-labelledby="paper-heading" className="space-y-4">
        <h1 id="paper-heading" className="page-title">
          Suggest a paper
        </h1>
        <p className="text-slate-700">Paste an arXiv link or id, a DOI, or any link to the paper. We fill in the title and authors when we can.</p>
        <SuggestPaperForm action={suggestPaperAction} tracks={tracks} />
      </section>
      <section aria-labelledby="topic-heading" className="space-y-4 border-t border-slate-200 pt-8">
        <h2 id="topic-heading" className="text-2xl font-bold">
          …or suggest a whole topic
        </h2>
        <p className="text-slate-700">An idea for a track: what it covers and why it matters.</p>
        <SuggestTopicForm action={suggestTopicAction} tracks={tracks} />
      </section>
    </div>
  );
}
