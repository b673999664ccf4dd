"use client";
// Upvote / take back, shown at once (optimistic) and rolled back if the server says no. The
// board is the same page for everyone: whether the person is signed in and voted comes from the
// personal layer (components/personal/), refetched after each vote.
import Link from "@/components/ui/link.tsx";
import { useOptimistic, useState, useTransition } from "react";
import type { voteAction } from "@/app/(public)/papers/actions.ts";
import { refreshPersonal, usePersonal } from "./personal/use-personal.ts";

type Props = {
  suggestionId: string;
  title: string;
  voteCount: number;
  canVote: boolean;
  action: typeof voteAction;
};

export function VoteButton({ suggestionId, title, voteCount, canVote, action }: Props) {
  const me = usePersonal();
  const isSignedIn = me !== null;
  // What the server last answered to this button's own vote, else the page and the personal layer.
  const [answered, setAnswered] = useState<{ voteCount: number; hasVoted: boolean } | null>(null);
  const [optimistic, setOptimistic] = useOptimistic(answered ?? { voteCount, hasVoted: me?.votes.includes(suggestionId) ?? false });
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  if (!isSignedIn || !canVote) {
    return (
      <div className="flex w-16 shrink-0 flex-col items-center rounded-md border border-slate-200 px-2 py-1 text-center">
        <span className="text-lg font-bold text-slate-900" aria-label={`${voteCount} votes`}>
          {voteCount}
        </span>
        {isSignedIn ? (
          <span className="text-xs text-slate-600">votes</span>
        ) : (
          <>
            <span data-personal="visitor">
              <Link href="/signin?callbackUrl=/papers" className="text-xs font-medium text-brand-700 underline">
                Sign in to vote
              </Link>
            </span>
            <span data-personal="pending" className="text-xs text-slate-600">
              votes
            </span>
          </>
        )}
      </div>
    );
  }

  const toggle = () => {
    const next = !optimistic.hasVoted;
    setError(null);
    startTransition(async () => {
      setOptimistic({ hasVoted: next, voteCount: optimistic.voteCount + (next ? 1 : -1) });
      const result = await action(suggestionId, next);
      if (result.ok && result.data) {
        setAnswered({ voteCount: result.data.voteCount, hasVoted: result.data.hasVoted });
        await refreshPersonal();
      } else if (!result.ok) setError(result.error);
    });
  };

  return (
    <div className="flex w-16 shrink-0 flex-col items-center">
      <button
        type="button"
        onClick={toggle}
        disabled={pending}
        aria-pressed={optimistic.hasVoted}
        aria-label={`${optimistic.hasVoted ? "Take back your vote for" : "Upvote"} ${title}`}
        className={`flex w-full flex-col items-center rounded-md border px-2 py-1 ${
          optimistic.hasVoted ? "border-brand-700 bg-brand-700 text-white" : "border-slate-400 bg-white text-slate-900 hover:border-brand-700"
        }`}
      >
        <span aria-hidden="true">▲</span>
        <span className="text-lg font-bold" data-testid="vote-count">
          {optimistic.voteCount}
        </span>
      </button>
      {error ? (
        <span role="alert" className="mt-1 text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </div>
  );
}
