import { siteOrigin } from "@/lib/http/site-origin.ts";
import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError } from "@/lib/errors.ts";
import { apiRoute } from "@/lib/http/api-route.ts";
import { listPublications } from "@/lib/publications/list-publications.ts";
import { publishSchedule } from "@/lib/publications/publish-schedule.ts";
import { publishSchema } from "@/lib/publications/schemas.ts";
import { pageNumber, slug } from "@/lib/validation/fields.ts";

const params = z.object({ slug });

// POST /api/v1/series/{slug}/publications — publish the draft {"note"}; 201 with the new version, 200 when nothing changed
export const POST = apiRoute({
  params,
  body: publishSchema.pick({ note: true }),
  handler: async ({ request, actor, params, body }) => {
    const result = await publishSchedule(actor, { series: params.slug, note: body.note }, { siteUrl: siteOrigin(request.headers) });
    return NextResponse.json(result, { status: result.created ? 201 : 200 });
  },
});

// GET /api/v1/series/{slug}/publications?page= — the published versions with their change logs, newest first
export const GET = apiRoute({
  anonymous: true,
  params,
  query: z.object({ page: pageNumber }),
  handler: async ({ actor, params, query }) => {
    try {
      return await listPublications(actor, { series: params.slug, page: query.page });
    } catch (error) {
      // As a filter (?series= of /schedule/changes) an unknown series is a field to fix; named by
      // the path it is an unknown path id, a 404 like any other (decision 010).
      if (error instanceof AppError && error.code === "validation" && error.fields?.series)
        throw new AppError("not_found", "There is no such series.");
      throw error;
    }
  },
});
