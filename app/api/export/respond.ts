// Shared by the export API routes: load the view, render the format, answer with a download.
import { getDb } from "@/db/client";
import { CONTENT_TYPES, fileName, renderText, viewPath, type ExportSubject, type TextFormat } from "@/lib/export/render";
import { ExportError } from "@/lib/export/sources";
import { parseRenderOptions } from "@/lib/export/view-state";

const TEXT_FORMATS: readonly TextFormat[] = ["svg", "csv", "json"];

export function exportResponse(req: Request, load: (db: ReturnType<typeof getDb>, params: URLSearchParams) => ExportSubject): Response {
  const url = new URL(req.url);
  const format = (url.searchParams.get("format") ?? "csv") as TextFormat;
  if (!TEXT_FORMATS.includes(format)) {
    return Response.json({ error: `Unknown format "${format}": use svg, csv or json (PNG is rendered from the SVG in the browser or by the CLI).` }, { status: 400 });
  }
  let subject: ExportSubject;
  try {
    subject = load(getDb(), url.searchParams);
  } catch (e) {
    if (e instanceof ExportError) return Response.json({ error: e.message }, { status: e.status });
    throw e;
  }
  const opts = parseRenderOptions(url.searchParams, url.origin + viewPath(subject));
  return new Response(renderText(subject, format, opts), {
    headers: {
      "content-type": CONTENT_TYPES[format],
      "content-disposition": `attachment; filename="${fileName(subject, format, opts)}"`,
      "cache-control": "no-store",
    },
  });
}
