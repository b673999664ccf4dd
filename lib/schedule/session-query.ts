// The one shape in which sessions are read for the public schedule, shared by every reader.
import type { Prisma } from "../db/generated/client.ts";
import { ACTIVE_CLAIM_STATUSES } from "./dto.ts";

export const PUBLIC_STATUSES = ["PUBLISHED", "CANCELLED"] as const;

export const sessionInclude = {
  series: { select: { slug: true, name: true } },
  track: { select: { slug: true, name: true } },
  pairedWith: { select: { id: true } },
  slots: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      position: true,
      durationMinutes: true,
      slidesUrl: true,
      paper: { select: { id: true, title: true, authors: true, year: true, url: true, arxivId: true, canonicalId: true } },
      claims: {
        where: { status: { in: ACTIVE_CLAIM_STATUSES } },
        select: {
          status: true,
          inviteName: true,
          inviteAffiliation: true,
          user: { select: { name: true, affiliation: true, deletedAt: true } },
        },
      },
    },
  },
} satisfies Prisma.SessionInclude;
