import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import { SiteFooter } from "@/components/site-footer.tsx";
import { SiteHeader } from "@/components/site-header.tsx";
import { PersonalData } from "@/components/personal/personal-data.tsx";
import { PersonalRefresh } from "@/components/personal/personal-refresh.tsx";
import { PersonalProvider } from "@/components/personal/use-personal.ts";
import { DeviceZoneProvider } from "@/components/viewer-zone.tsx";
import { requestPersonalView } from "@/lib/personal/request-personal-view.ts";
import { THEME_COOKIE, themeOf } from "@/lib/theme.ts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Paper Club", template: "%s · Paper Club" },
  description:
    "A volunteer-run community that reads AI research papers together: the weekly Paper Club and the Test of Time season of foundational papers, in San Francisco and on Zoom.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#3730a3" },
    { media: "(prefers-color-scheme: dark)", color: "#1e1b4b" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is the same for everyone but this data block (decision 028): the header's account
  // links, "your time" and the RSVP and vote controls read it in the browser. The front writes
  // it into its cached copy of a public page for a signed-in person; here the app writes it
  // when it renders for one (private pages, and every page when no front runs: `npm run dev`),
  // and then renders the page with it, so that it works without JavaScript too.
  const personal = await requestPersonalView();
  // The theme a person chose, or none (the system's): the front writes the same attribute into
  // its cached copy of a public page (lib/front/theme-rewrite.ts), so the payload may not say it.
  const theme = themeOf((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang="en" data-theme={theme ?? undefined} suppressHydrationWarning>
      <body className="flex min-h-screen flex-col">
        <PersonalData view={personal} />
        <PersonalRefresh />
        <PersonalProvider view={personal}>
          <DeviceZoneProvider>
            <a
              href="#main"
              className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-brand-700"
            >
              Skip to content
            </a>
            <SiteHeader />
            <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:px-6 print:max-w-none print:p-0">
              {children}
            </main>
            <SiteFooter />
          </DeviceZoneProvider>
        </PersonalProvider>
      </body>
    </html>
  );
}
