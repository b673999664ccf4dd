import { siteOrigin } from "@/lib/http/site-origin.ts";
import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route.ts";
import { renderAtomFeed } from "@/lib/publications/atom-feed.ts";
import { listPublications } from "@/lib/publications/list-publications.ts";
import { slug } from "@/lib/validation/fields.ts";

// GET /schedule/changes.atom?series= — the Atom feed of a series' publications (an unknown series is a 422)
export const GET = apiRoute({
  anonymous: true,
  query: z.object({ series: slug }),
  handler: async ({ request, actor, query }) => {
    const { series, publications } = await listPublications(actor, { series: query.series });
    const xml = renderAtomFeed({
      siteUrl: siteOrigin(request.headers),
      series: series!,
      publications: publications.map((p) => ({ ...p, publishedAt: new Date(p.publishedAt) })),
    });
    return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
  },
});
