// The export layout as a page: the one SVG pinned to the top-left corner above the site's chrome,
// so a viewport of the layout's size shows exactly the export (the CLI screenshots it).
import type { ExportSubject } from "@/lib/export/render";
import { renderText, viewPath } from "@/lib/export/render";
import { ExportError } from "@/lib/export/sources";
import { parseRenderOptions } from "@/lib/export/view-state";
import { headers } from "next/headers";
import { ExportReady } from "./export-ready";

type SearchParams = Record<string, string | string[] | undefined>;

/** Where the footer says the view lives: ?origin= (the CLI renders on a temporary port), else this request's host. */
async function origin(sp: SearchParams): Promise<string> {
  const given = typeof sp.origin === "string" ? sp.origin : "";
  if (/^https?:\/\/[^/?#\s]+$/.test(given)) return given;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  return `${h.get("x-forwarded-proto") ?? "http"}://${host}`;
}

export async function ExportCanvas({ load, searchParams }: { load: () => ExportSubject; searchParams: SearchParams }) {
  let subject: ExportSubject;
  try {
    subject = load();
  } catch (e) {
    if (!(e instanceof ExportError)) throw e;
    return (
      <div id="export-root" data-export-error={e.message} role="alert" className="fixed inset-0 z-50 bg-white p-8 text-lg">
        {e.message}
      </div>
    );
  }
  const opts = parseRenderOptions(searchParams, (await origin(searchParams)) + viewPath(subject));
  const svg = renderText(subject, "svg", opts);
  return (
    <>
      <div
        id="export-root"
        className="fixed left-0 top-0 z-50 leading-none"
        style={{ background: opts.theme === "dark" ? "#0f172a" : "#ffffff" }}
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <ExportReady target="export-root" />
    </>
  );
}
