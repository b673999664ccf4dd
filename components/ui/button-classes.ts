// The button looks as class names (the `.btn` rules of app/globals.css): buttonClasses() for a
// control that must carry the look itself (a <summary>, a link, a form's own button), and the
// three names the editors have used since before <Button> (components/ui/button.tsx).
export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost" | "success" | "success-outline";
export type ButtonSize = "md" | "sm";

export function buttonClasses(variant: ButtonVariant = "primary", size: ButtonSize = "md", extra?: string): string {
  return ["btn", `btn-${variant}`, size === "sm" ? "btn-sm" : null, extra].filter(Boolean).join(" ");
}

export const buttonClass = buttonClasses("primary");
export const smallButtonClass = buttonClasses("secondary", "sm");
export const dangerButtonClass = buttonClasses("danger");
