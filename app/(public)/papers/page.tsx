import type { Metadata } from "next";
import Link from "@/components/ui/link.tsx";
import { FilterErrors } from "@/components/filter-errors.tsx";
import { SuggestionCard } from "@/components/suggestion-card.tsx";
import { getActor } from "@/lib/auth/get-actor.ts";
import { can } from "@/lib/auth/permissions.ts";
import { readIgnoringBadFilters, parseSearchParams, type SearchParams } from "@/lib/http/search-params.ts";
import { listSeries } from "@/lib/schedule/list-series.ts";
import { listSuggestions } from "@/lib/suggestions/list-suggestions.ts";
import { boardQuerySchema } from "@/lib/suggestions/schemas.ts";
import { voteAction } from "./actions.ts";
import { triageAction } from "./triage-actions.ts";
import { FILTER_SUBMIT, FilterSelect, SlugOptions } from "@/components/ui/filter-select.tsx";
import { buttonClasses } from "@/components/ui/button-classes.ts";
import { EmptyState } from "@/components/ui/empty-state.tsx";
import { PageHeader } from "@/components/ui/page-header.tsx";
import { ButtonLink } from "@/components/ui/button.tsx";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Suggested papers" };

export default async function PapersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { data: query, fields: ignored } = parseSearchParams(boardQuerySchema, await searchParams);
  // The board is the same for every member (votes come with the personal layer); organizers also
  // get the triage tools, so the front sends their requests to the app (decision 028).
  const actor = await getActor();
  const [result, series] = await Promise.all([readIgnoringBadFilters((q) => listSuggestions(null, q), query), listSeries(null)]);
  const board = result.data;
  const tracks = series.flatMap((s) => s.tracks);
  const triage = can(actor, "suggestion.triage")
    ? { action: triageAction, tracks, others: board.suggestions.map((s) => ({ id: s.id, title: s.title })) }
    : undefined;
  const link = (page: number) =>
    `?${new URLSearchParams({ ...Object.fromEntries(Object.entries(board.query).map(([k, v]) => [k, String(v ?? "")])), page: String(page) })}`;

  return (
    <div className="space-y-6">
      <PageHeader
        title="Suggested papers"
        description="What the community wants to read. Upvote what you want on the schedule."
        actions={
          <ButtonLink href="/papers/suggest" variant="primary">
            Suggest a paper or topic
          </ButtonLink>
        }
      />

      <form method="get" className="grid gap-3 card p-4 sm:grid-cols-4 sm:items-end">
        <FilterSelect id="board-sort" name="sort" label="Sort" defaultValue={board.query.sort}>
          <option value="votes">Most votes</option>
          <option value="newest">Newest</option>
        </FilterSelect>
        <FilterSelect id="board-track" name="track" label="Track" defaultValue={board.query.track ?? ""}>
          <SlugOptions all="All tracks" items={tracks} />
        </FilterSelect>
        <FilterSelect id="board-status" name="status" label="Status" defaultValue={board.query.status}>
          <option value="all">All</option>
          <option value="open">Open</option>
          <option value="accepted">Accepted</option>
          <option value="scheduled">Scheduled</option>
          <option value="declined">Declined</option>
        </FilterSelect>
        <button type="submit" className={FILTER_SUBMIT}>
          Show
        </button>
      </form>
      <FilterErrors fields={{ ...ignored, ...result.fields }} />

      <p className="text-sm text-slate-700">
        {board.total} {board.total === 1 ? "suggestion" : "suggestions"}
      </p>
      {board.suggestions.length === 0 ? (
        <EmptyState
          title={
            board.query.track
              ? `No suggestions in ${tracks.find((t) => t.slug === board.query.track)?.name ?? "this track"} yet`
              : "No suggestions here yet"
          }
          action={
            <Link href="/papers/suggest" className={buttonClasses("secondary")}>
              Suggest the first
            </Link>
          }
        />
      ) : (
        <ul className="space-y-3">
          {board.suggestions.map((s) => (
            <SuggestionCard key={s.id} s={s} voteAction={voteAction} triage={triage} />
          ))}
        </ul>
      )}
      {board.pages > 1 ? (
        <nav aria-label="Pages" className="flex gap-4 text-sm">
          {board.query.page > 1 ? (
            <a className="text-brand-700 underline" href={link(board.query.page - 1)}>
              Previous
            </a>
          ) : null}
          <span>
            Page {board.query.page} of {board.pages}
          </span>
          {board.query.page < board.pages ? (
            <a className="text-brand-700 underline" href={link(board.query.page + 1)}>
              Next
            </a>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
