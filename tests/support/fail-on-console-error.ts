// A console.error during a test is a failure (docs/architecture.md, convention 8): errors must be asserted, not logged.
import { afterEach, vi } from "vitest";

let logged: unknown[][] = [];
const original = console.error;
console.error = (...args: unknown[]) => {
  logged.push(args);
  original(...args);
};

afterEach(() => {
  const calls = logged;
  logged = [];
  vi.restoreAllMocks();
  if (calls.length > 0) {
    throw new Error(`console.error was called during the test:\n${calls.map((c) => c.map(String).join(" ")).join("\n")}`);
  }
});
