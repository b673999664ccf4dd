"use client";
// One of the volunteer's talks on /me: withdraw it before the session, add slides after.
import Link from "@/components/ui/link.tsx";
import { useActionState } from "react";
import type { addSlidesAction, confirmTalkAction, withdrawClaimAction } from "@/app/(public)/speak/actions.ts";
import type { TalkDto } from "@/lib/speakers/my-talks.ts";
import { formatDay } from "@/lib/time/format.ts";
import { inputClass } from "./ui/field.tsx";
import { buttonClasses } from "@/components/ui/button-classes.ts";

type Props = { talk: TalkDto; withdraw: typeof withdrawClaimAction; addSlides: typeof addSlidesAction; confirm: typeof confirmTalkAction };

export function MyTalk({ talk, withdraw, addSlides, confirm }: Props) {
  const [confirmed, confirmAction, confirming] = useActionState(confirm, null);
  const [withdrawn, withdrawAction, withdrawing] = useActionState(withdraw, null);
  const [slides, slidesAction, saving] = useActionState(addSlides, null);
  const started = talk.hasStarted;
  const slidesError = slides && !slides.ok ? (slides.fields?.slidesUrl ?? slides.error) : null;
  return (
    <li className="space-y-2 py-3 text-sm" data-testid="my-talk">
      <p className="font-medium text-slate-900">{talk.paperTitle}</p>
      <p className="text-slate-700">
        <Link href={`/sessions/${talk.session.id}`} className="text-brand-700 underline">
          {formatDay(talk.session.startsAt, talk.session.timeZone)}
        </Link>
        {" · "}
        {talk.status === "pending"
          ? "Waiting for an organizer"
          : talk.isConfirmed || confirmed?.ok
            ? "Approved · you confirmed"
            : "Approved · please confirm you will come"}
      </p>
      {talk.status === "approved" && !talk.isConfirmed && !started ? (
        confirmed?.ok ? (
          <p role="status" className="text-emerald-800">
            {confirmed.message}
          </p>
        ) : (
          <form action={confirmAction}>
            <input type="hidden" name="slotId" value={talk.slotId} />
            {confirmed && !confirmed.ok ? (
              <p role="alert" className="text-red-700">
                {confirmed.error}
              </p>
            ) : null}
            <button type="submit" disabled={confirming} className={buttonClasses("success", "sm")}>
              I will be there<span className="sr-only"> to present {talk.paperTitle}</span>
            </button>
          </form>
        )
      ) : null}
      {withdrawn?.ok ? (
        <p role="status" className="text-emerald-800">
          {withdrawn.message}
        </p>
      ) : !started ? (
        <form action={withdrawAction}>
          <input type="hidden" name="slotId" value={talk.slotId} />
          {withdrawn && !withdrawn.ok ? (
            <p role="alert" className="text-red-700">
              {withdrawn.error}
            </p>
          ) : null}
          <button type="submit" disabled={withdrawing} className={buttonClasses("danger", "sm")}>
            Withdraw<span className="sr-only"> from {talk.paperTitle}</span>
          </button>
        </form>
      ) : talk.status === "approved" ? (
        <form action={slidesAction} className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="slotId" value={talk.slotId} />
          <div className="min-w-60 flex-1">
            <label htmlFor={`slides-${talk.slotId}`} className="block font-medium text-slate-800">
              Link to your slides
            </label>
            <input
              id={`slides-${talk.slotId}`}
              name="slidesUrl"
              type="url"
              defaultValue={slides?.ok ? undefined : (slides?.values?.slidesUrl ?? talk.slidesUrl ?? "")}
              aria-invalid={slidesError ? true : undefined}
              className={inputClass + " mt-0"}
            />
          </div>
          <button type="submit" disabled={saving} className={buttonClasses("primary")}>
            Save slides
          </button>
          {slides?.ok ? (
            <p role="status" className="w-full text-emerald-800">
              {slides.message}
            </p>
          ) : null}
          {slidesError ? (
            <p role="alert" className="w-full text-red-700">
              {slidesError}
            </p>
          ) : null}
        </form>
      ) : null}
    </li>
  );
}
