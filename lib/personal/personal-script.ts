// How the personal layer travels in a page: a JSON data block, the first thing in <body>. A
// visitor's page (and the copy the front caches) carries the placeholder; a signed-in person's
// carries their view and `data-member`, which also lets CSS hide the visitor's "Sign in" parts
// before the page's JavaScript runs (app/globals.css, [data-personal]). Not a script that runs:
// the CSP does not apply to it, and `<` is escaped so typed text cannot end the element.
// Pure: the front (lib/front/personal-layer.ts) and the root layout both write it.
import type { PersonalView } from "./personal-view.ts";

export const PERSONAL_SCRIPT_ID = "pc-me";

/** Exactly what React renders for <PersonalData view={null} /> (unit-tested). */
export const PERSONAL_PLACEHOLDER = `<script id="${PERSONAL_SCRIPT_ID}" type="application/json">null</script>`;

export function personalJson(view: PersonalView | null): string {
  return JSON.stringify(view)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** Exactly what React renders for <PersonalData view={view} /> (unit-tested). */
export function personalScript(view: PersonalView): string {
  return `<script id="${PERSONAL_SCRIPT_ID}" type="application/json" data-member="">${personalJson(view)}</script>`;
}
