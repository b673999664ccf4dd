"use client";
// Organizers: put a member down for a slot, or invite an outside author by email.
import { useActionState } from "react";
import type { assignSpeakerAction, inviteAuthorAction } from "@/app/(public)/speak/actions.ts";
import { inputClass } from "./ui/field.tsx";
import { buttonClasses } from "@/components/ui/button-classes.ts";

type Props = { slotId: string; paperTitle: string; assign: typeof assignSpeakerAction; invite: typeof inviteAuthorAction };

export function AssignSpeaker({ slotId, paperTitle, assign, invite }: Props) {
  const [assigned, assignAction, assigning] = useActionState(assign, null);
  const [invited, inviteAction, inviting] = useActionState(invite, null);
  const id = (n: string) => `${n}-${slotId}`;
  const message = (r: typeof assigned) =>
    r ? (
      <p role={r.ok ? "status" : "alert"} className={r.ok ? "text-emerald-800" : "text-red-700"}>
        {r.ok ? r.message : (Object.values(r.fields ?? {})[0] ?? r.error)}
      </p>
    ) : null;
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer font-semibold text-brand-700">
        Assign or invite<span className="sr-only"> for {paperTitle}</span>
      </summary>
      <form action={assignAction} className="mt-2 space-y-1">
        <input type="hidden" name="slotId" value={slotId} />
        <label htmlFor={id("member")} className="block font-medium">
          Member&apos;s email
        </label>
        <input id={id("member")} name="email" type="email" className={inputClass + " mt-0"} />
        <button type="submit" disabled={assigning} className={buttonClasses("secondary", "sm")}>
          Assign
        </button>
        {message(assigned)}
      </form>
      <form action={inviteAction} className="mt-3 space-y-1">
        <input type="hidden" name="slotId" value={slotId} />
        <p className="font-medium">Invite an outside author</p>
        <label htmlFor={id("name")} className="block">
          Name
        </label>
        <input id={id("name")} name="name" className={inputClass + " mt-0"} />
        <label htmlFor={id("email")} className="block">
          Email
        </label>
        <input id={id("email")} name="email" type="email" className={inputClass + " mt-0"} />
        <label htmlFor={id("aff")} className="block">
          Affiliation (optional)
        </label>
        <input id={id("aff")} name="affiliation" className={inputClass + " mt-0"} />
        <label htmlFor={id("link")} className="block">
          Link (optional)
        </label>
        <input id={id("link")} name="link" type="url" className={inputClass + " mt-0"} />
        <button type="submit" disabled={inviting} className={buttonClasses("secondary", "sm")}>
          Send invitation
        </button>
        {message(invited)}
        {invited?.ok ? <p className="break-all text-slate-700">Link: {(invited.data as { inviteUrl: string }).inviteUrl}</p> : null}
      </form>
    </details>
  );
}
