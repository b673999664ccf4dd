"use server";
import { runFormAction, type ActionResult } from "@/lib/http/server-action.ts";
import { subscriptionFormSchema } from "@/lib/users/schemas.ts";
import { resubscribe, unsubscribe } from "@/lib/users/unsubscribe.ts";

// The unsubscribe page's button: the link's token is the permission, whoever is signed in (or not).
export async function changeSubscriptionAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runFormAction(form, subscriptionFormSchema, (_actor, input) => (input.emails === "off" ? unsubscribe(input) : resubscribe(input)));
}
