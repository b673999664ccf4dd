"use client";
// What an action did, as a toast (issue 19, item 5): a status message at the bottom of the
// screen, announced to screen readers (role="status"), that stays until dismissed or the next
// action. It takes no clicks meant for the page under it (pointer-events: none but on its close
// button, .toast in app/globals.css), and stays in the DOM where the action's form is, so a
// test or a screen reader finds it next to what it is about.
import { useState } from "react";

type Props = {
  children: React.ReactNode;
  tone?: "success" | "info";
  /** What the toast is for (an action's result): a new one shows it again after a dismissal. */
  of: unknown;
};

export function Toast({ children, tone = "success", of }: Props) {
  const [open, setOpen] = useState(true);
  const [shownFor, setShownFor] = useState(of);
  if (of !== shownFor) {
    setShownFor(of);
    setOpen(true);
  }
  if (!open) return null;
  return (
    <div data-tone={tone} className="alert toast">
      <span role="status">{children}</span>
      <button type="button" onClick={() => setOpen(false)} className="toast-close" aria-label="Dismiss this message">
        ×
      </button>
    </div>
  );
}
