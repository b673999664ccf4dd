// A message box (issue 19): info, success, warning or danger, in both themes (.alert in
// app/globals.css). `live`: "status" for news that arrives after an action, "alert" for an
// error that needs attention now; a message that is there when the page loads needs neither.
import type { ReactNode } from "react";

export type AlertTone = "info" | "success" | "warning" | "danger";

type Props = { tone: AlertTone; live?: "status" | "alert"; title?: ReactNode; className?: string; children: ReactNode } & Record<
  `data-${string}`,
  string
>;

export function Alert({ tone, live, title, className, children, ...data }: Props) {
  return (
    <div role={live} data-tone={tone} className={["alert", className].filter(Boolean).join(" ")} {...data}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children}
    </div>
  );
}
