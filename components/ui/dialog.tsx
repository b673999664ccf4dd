// A dialog (issue 19): the native <dialog>, opened and closed by invoker commands (the button's
// `commandfor` and `command` attributes), so it needs no JavaScript of ours: the browser traps
// focus, closes it on Esc and gives focus back to the button that opened it.
import type { ReactNode } from "react";
import { buttonClasses, type ButtonVariant } from "./button-classes.ts";

type Props = { id: string; title: string; openLabel: ReactNode; openVariant?: ButtonVariant; children: ReactNode };

// React passes attributes it does not know through as written; TypeScript's JSX types lack these two.
const invoke = (id: string, command: "show-modal" | "close") => ({ commandfor: id, command }) as Record<string, string>;

export function Dialog({ id, title, openLabel, openVariant = "secondary", children }: Props) {
  return (
    <>
      <button type="button" className={buttonClasses(openVariant, "sm")} {...invoke(id, "show-modal")}>
        {openLabel}
      </button>
      <dialog id={id} aria-labelledby={`${id}-title`} className="dialog">
        <div className="flex items-start justify-between gap-4">
          <h2 id={`${id}-title`} className="text-lg font-semibold text-ink">
            {title}
          </h2>
          <button type="button" className={buttonClasses("ghost", "sm")} {...invoke(id, "close")}>
            Close
          </button>
        </div>
        <div className="mt-3 space-y-3">{children}</div>
      </dialog>
    </>
  );
}
