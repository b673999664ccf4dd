import type { Metadata } from "next";
import { acceptInvitationAction } from "@/app/(public)/speak/actions.ts";
import { AcceptInvitationForm } from "@/components/accept-invitation-form.tsx";
import { requireActor } from "@/lib/auth/require-actor.ts";
import { orNotFound } from "@/lib/http/or-not-found.ts";
import { describeInvitation } from "@/lib/speakers/assign.ts";
import { formatLongDay } from "@/lib/time/format.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Invitation to present", robots: { index: false } };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await orNotFound(describeInvitation({ token }));
  // The invitation is checked first: a made-up token is a 404 whether or not one is signed in.
  await requireActor(`/invite/${token}`);
  return (
    <div className="mx-auto max-w-lg space-y-4">
      <h1 className="page-title">Will you present “{invitation.paperTitle}”?</h1>
      <p className="text-slate-700">
        {invitation.name ? `${invitation.name}, the` : "The"} Paper Club organizers invite you to present this paper on{" "}
        {formatLongDay(invitation.session.startsAt.toISOString(), invitation.session.timeZone)}.
      </p>
      <AcceptInvitationForm token={token} action={acceptInvitationAction} />
    </div>
  );
}
