"use client";
// The unsubscribe page's one button (a POST: opening the link changes nothing, so a mail
// scanner that fetches it unsubscribes nobody), and after it the way back.
import Link from "@/components/ui/link.tsx";
import { useActionState } from "react";
import type { changeSubscriptionAction } from "@/app/unsubscribe/actions.ts";
import type { SubscriptionDto } from "@/lib/users/unsubscribe.ts";
import { FormMessage, buttonClass } from "./ui/field.tsx";
import { smallButtonClass } from "./ui/button-classes.ts";

type Props = { token: string; subscription: SubscriptionDto; action: typeof changeSubscriptionAction };

export function UnsubscribeForm({ token, subscription, action }: Props) {
  const [result, formAction, pending] = useActionState(action, null);
  const now = result?.ok ? (result.data as SubscriptionDto) : subscription;
  const changed = result?.ok === true;
  const error = result && !result.ok ? <FormMessage result={result} /> : null;
  const settings = (
    <Link href="/me" className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800">
      Change all email settings on /me
    </Link>
  );
  if (!now.subscribed) {
    return (
      <div className="space-y-4">
        <h1 className="page-title">{changed ? "Unsubscribed" : "You are unsubscribed"}</h1>
        <p role="status" className="text-slate-700">
          {changed ? "Done — you" : "You"} will no longer get {now.label}.
        </p>
        {error}
        <form action={formAction} className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="emails" value="on" />
          <button type="submit" disabled={pending} className={smallButtonClass}>
            {pending ? "Turning them back on…" : "Turn them back on"}
          </button>
          {settings}
        </form>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <h1 className="page-title">Stop getting {now.label}?</h1>
      {changed ? (
        <p role="status" className="text-slate-700">
          They are back on: you will get {now.label} again.
        </p>
      ) : (
        <p className="text-slate-700">One click and we stop emailing you {now.label}. Your other emails stay as they are.</p>
      )}
      {error}
      <form action={formAction} className="space-y-3">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="emails" value="off" />
        <button type="submit" disabled={pending} className={`${buttonClass} w-full sm:w-auto`}>
          {pending ? "Unsubscribing…" : "Unsubscribe"}
        </button>
      </form>
      <p className="text-sm">{settings}</p>
    </div>
  );
}
