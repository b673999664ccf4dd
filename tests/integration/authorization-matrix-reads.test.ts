// The authorization matrix (private reads: GET routes and pages, rendered to HTML): see
// tests/support/authorization-matrix.ts. Real route handlers and pages, real sign-in sessions, a
// real database; cookies and headers are mocked.
import { vi } from "vitest";
import { mockedCookieStore } from "../support/auth.ts";

vi.mock("next/headers", () => ({
  cookies: async () => mockedCookieStore(),
  headers: async () => new Headers(),
}));
// refresh() re-renders the page after an action; outside Next's action context it would throw.
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), refresh: () => undefined }));

const { defineMatrix } = await import("../support/authorization-matrix.ts");
defineMatrix("reads");
