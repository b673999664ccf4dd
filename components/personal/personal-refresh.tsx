"use client";
// After each client navigation the personal layer is read again (one small request the front
// answers): a page reached by a link or after a server action's redirect shows the person as
// they are now — signed out after deleting their account, promoted from a waitlist meanwhile.
// The header's menus (popovers in the layout, which a client navigation keeps) close.
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { refreshPersonal } from "./use-personal.ts";

export function PersonalRefresh() {
  const path = usePathname();
  const previous = useRef(path);
  useEffect(() => {
    if (path === previous.current) return;
    previous.current = path;
    for (const menu of document.querySelectorAll<HTMLElement>(".site-menu:popover-open, .account-menu:popover-open")) menu.hidePopover();
    void refreshPersonal();
  }, [path]);
  return null;
}
