// The suggest form's preview: who the pasted paper is and what we already know of it.
import "server-only";
import type { z } from "zod";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { validationError } from "../errors.ts";
import { identifyPaper } from "./identify-paper.ts";
import { paperLookupSchema } from "./schemas.ts";

export async function previewPaper(actor: Actor, input: z.input<typeof paperLookupSchema>) {
  // Signed-in members only: each preview may ask arXiv.
  assertCan(actor, "suggestion.create");
  const parsed = paperLookupSchema.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const found = await identifyPaper(parsed.data.input);
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
