// A server action's result, after which the page re-renders when it succeeded (Next's refresh()),
// so an editor shows what is now saved.
import "server-only";
import { refresh } from "next/cache";
import type { ActionResult } from "./server-action.ts";

export async function refreshed<T>(result: Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  const r = await result;
  if (r.ok) refresh();
  return r;
}
