import type { Metadata } from "next";
import { changeSubscriptionAction } from "@/app/unsubscribe/actions.ts";
import { UnsubscribeForm } from "@/components/unsubscribe-form.tsx";
import { orNotFound } from "@/lib/http/or-not-found.ts";
import { describeUnsubscribe } from "@/lib/users/unsubscribe.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

// Public: the link in an email is the permission. Opening it changes nothing (mail scanners
// prefetch links, RFC 8058); the button posts the change. A bad link is this segment's 404.
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const subscription = await orNotFound(describeUnsubscribe({ token }));
  return (
    <div className="mx-auto max-w-lg">
      <UnsubscribeForm token={token} subscription={subscription} action={changeSubscriptionAction} />
    </div>
  );
}
