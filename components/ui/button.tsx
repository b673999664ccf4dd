// Buttons of the design system (issue 19): one look per purpose, as `.btn` classes in
// app/globals.css. <Button> for a form's button (its pending state disables it and tells screen
// readers it is busy), <ButtonLink> for a link that looks like one, buttonClasses() for the few
// controls that must carry the look themselves (a <summary>, a NextAuth form's button).
import type { ComponentProps } from "react";
import { buttonClasses, type ButtonSize, type ButtonVariant } from "./button-classes.ts";
import Link from "./link.tsx";

export { buttonClasses, type ButtonSize, type ButtonVariant } from "./button-classes.ts";

type ButtonProps = ComponentProps<"button"> & { variant?: ButtonVariant; size?: ButtonSize; pending?: boolean; pendingLabel?: string };

export function Button({ variant, size, pending, pendingLabel, className, type = "button", disabled, children, ...rest }: ButtonProps) {
  return (
    <button type={type} disabled={disabled || pending} aria-busy={pending || undefined} className={buttonClasses(variant, size, className)} {...rest}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}

type ButtonLinkProps = ComponentProps<typeof Link> & { variant?: ButtonVariant; size?: ButtonSize };

export function ButtonLink({ variant, size, className, ...rest }: ButtonLinkProps) {
  return <Link className={buttonClasses(variant, size, className)} {...rest} />;
}
