import type { Metadata, Viewport } from "next";
import { SiteFooter } from "@/components/site-footer.tsx";
import { SiteHeader } from "@/components/site-header.tsx";
import { ViewerZoneProvider } from "@/components/viewer-zone.tsx";
import { getActor } from "@/lib/auth/get-actor.ts";
import { signOutCsrfToken } from "@/lib/auth/sign-out-token.ts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Paper Club", template: "%s · Paper Club" },
  description:
    "A volunteer-run community that reads AI research papers together: the weekly Paper Club and the Test of Time season of foundational papers, in San Francisco and on Zoom.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#3730a3" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Once per request: the header and the viewer's time zone both come from this; a signed-in
  // person's header also carries NextAuth's CSRF token for its sign-out form (decision 023).
  const actor = await getActor();
  const signOutToken = actor ? await signOutCsrfToken() : null;
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-brand-700"
        >
          Skip to content
        </a>
        <SiteHeader actor={actor} signOutToken={signOutToken} />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6 print:max-w-none print:p-0">
          <ViewerZoneProvider zone={actor?.timeZone ?? null}>{children}</ViewerZoneProvider>
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
