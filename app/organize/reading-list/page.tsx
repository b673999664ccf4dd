import type { Metadata } from "next";
import { importReadingListAction } from "@/app/(public)/papers/triage-actions.ts";
import { ReadingListForm } from "@/components/reading-list-form.tsx";
import { requirePermission } from "@/lib/auth/require-actor.ts";
import { listSeries } from "@/lib/schedule/list-series.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Import a reading list" };

export default async function ReadingListPage() {
  await requirePermission("/organize/reading-list", "readingList.import");
  const tracks = (await listSeries(null)).flatMap((s) => s.tracks);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="page-title">Import a reading list</h1>
      <p className="text-slate-700">
        Paste a list of papers — the club&apos;s &ldquo;top papers of the year&rdquo;, say — to add them all as accepted suggestions of a track.
      </p>
      <ReadingListForm action={importReadingListAction} tracks={tracks} />
    </div>
  );
}
