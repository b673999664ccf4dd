// The suggest form's preview: who the pasted paper is and what we already know of it.
import "server-only";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { identifyPaper } from "./identify-paper.ts";

export async function previewPaper(actor: Actor, input: { input: string }) {
  // Signed-in members only: each preview may ask arXiv.
  assertCan(actor, "suggestion.create");
  const found = await identifyPaper(String(input.input ?? "").slice(0, 500));
  return {
    canonicalId: found.identity.canonicalId,
    source: found.identity.source,
    url: found.identity.url,
    title: found.metadata?.title ?? null,
    authors: found.metadata?.authors ?? [],
    year: found.metadata?.year ?? null,
    lookup: found.lookup,
    standing: found.standing,
  };
}
