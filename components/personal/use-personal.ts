"use client";
// The personal layer in the browser (decision 028): read once from the page's data block
// (personal-data.tsx), kept while the person navigates within the site, and fetched again after
// each client navigation and after they change something (refreshPersonal), so what they did
// shows at once. The server renders with what it knows: the person's view when the app renders
// for them (PersonalProvider), nobody on the shared copy the front caches — there the page
// hydrates as the visitor's and then shows the person's state.
import { createContext, createElement, useContext, useSyncExternalStore } from "react";
import { PERSONAL_SCRIPT_ID } from "@/lib/personal/personal-script.ts";
import type { PersonalView } from "@/lib/personal/personal-view.ts";

let current: PersonalView | null | undefined;
const listeners = new Set<() => void>();

function read(): PersonalView | null {
  if (current === undefined) {
    const text = document.getElementById(PERSONAL_SCRIPT_ID)?.textContent ?? "null";
    try {
      current = JSON.parse(text) as PersonalView | null;
    } catch {
      current = null;
    }
  }
  return current;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const Rendered = createContext<PersonalView | null>(null);

/** What the server rendered the page for: the person's view, or null on the shared copy. */
export function PersonalProvider({ view, children }: { view: PersonalView | null; children: React.ReactNode }) {
  return createElement(Rendered.Provider, { value: view }, children);
}

/** The signed-in person's view, or null for a visitor (and while a shared copy hydrates). */
export function usePersonal(): PersonalView | null {
  const rendered = useContext(Rendered);
  return useSyncExternalStore(subscribe, read, () => rendered);
}

/** Fetch the view again: what the person changed, or what changed for them, shows at once. */
export async function refreshPersonal(): Promise<void> {
  try {
    const answer = await fetch("/api/v1/me/view", { cache: "no-store", headers: { accept: "application/json" } });
    if (!answer.ok) return;
    const body = (await answer.json()) as { view: PersonalView | null };
    current = body.view;
    for (const listener of listeners) listener();
  } catch {
    // Offline or restarting: the page keeps what it showed; the next page view reads it fresh.
  }
}
