"use client";
// Opens the browser's print dialog (the page's print styles decide what is on paper).
import { buttonClass } from "./ui/field.tsx";

export function PrintButton({ children = "Print" }: { children?: React.ReactNode }) {
  return (
    <button type="button" onClick={() => window.print()} className={buttonClass}>
      {children}
    </button>
  );
}
