import { NextResponse } from "next/server";
import { authenticateApiRequest } from "@/lib/auth/authenticate-api-request";
import { AppError } from "@/lib/errors/app-error";
import { routeHandler } from "@/lib/http/route-handler";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { authorizeExport } from "@/lib/server/export/authorize-export";
import { findClaimReviewGaps } from "@/lib/server/export/find-claim-review-gaps";
import { estimateExport } from "@/lib/server/export/estimate-export";
import { parseExportQuery } from "@/lib/server/export/parse-export-query";
import { streamExport } from "@/lib/server/export/stream-export";
import { toReadableStream } from "@/lib/server/export/to-readable-stream";

type Context = { params: Promise<{ slug: string }> };

const parts = ["payload", "manifest", "estimate", "gaps", "card"] as const;

// GET ?format=jsonl&…filters (see docs/export-formats.md, "API")
//   part=payload (default)  the export, streamed, as an attachment
//   part=manifest           the manifest of the same export: the export runs
//                           again into the hash, so it matches the payload's
//                           bytes as long as the data did not change between
//   part=estimate           { articles, annotations, claims, mentions } from counts
//   part=card               the dataset card (README.md, Hugging Face format) of the same
//                           export; archives (brat) also hold it
//   part=gaps               format=claimreview only: { reviews, incomplete, items }, the
//                           reviews missing recommended properties (export page)
// Session or `Authorization: Bearer <API token>`.
export const GET = routeHandler(async (request, context: Context) => {
  const principal = await authenticateApiRequest(request);
  const { slug } = await context.params;
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const { part = "payload", ...options } = query;
  if (!parts.includes(part as (typeof parts)[number])) throw new AppError("BAD_REQUEST", "part must be payload, manifest, estimate, gaps or card.");
  const exportRequest = parseExportQuery(options);
  const authorized = await authorizeExport(principal, slug, exportRequest);
  if (part === "estimate") return NextResponse.json(await estimateExport(db, authorized.scope));
  const exportOptions = { includeNotes: authorized.includeNotes, publishNotes: authorized.publishNotes, pseudonymise: authorized.pseudonymise, baseUrl: baseUrl(request) };
  if (part === "gaps") {
    if (exportRequest.format !== "claimreview") throw new AppError("BAD_REQUEST", "part=gaps applies to format=claimreview only.");
    return NextResponse.json(await findClaimReviewGaps(db, authorized, exportOptions), { headers: { "Cache-Control": "no-store" } });
  }

  const run = await streamExport(db, {
    scope: authorized.scope,
    format: exportRequest.format,
    options: exportOptions,
    createdAt: new Date().toISOString(),
  });
  if (part === "manifest") {
    for await (const _chunk of run.chunks);
    return NextResponse.json(run.manifest(), { headers: { "Cache-Control": "no-store" } });
  }
  if (part === "card") {
    for await (const _chunk of run.chunks);
    return new Response(await run.card(), {
      headers: {
        "Content-Type": "text/markdown; charset=utf-8",
        "Content-Disposition": 'attachment; filename="README.md"',
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  }
  return new Response(toReadableStream(run.chunks), {
    headers: {
      "Content-Type": run.mediaType,
      "Content-Disposition": `attachment; filename="${run.fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});

// Ids and urls in exports are built on the configured public address, so
// every client (and the command line) gets the same bytes.
function baseUrl(request: Request): string {
  return env().NEXTAUTH_URL ?? new URL(request.url).origin;
}
