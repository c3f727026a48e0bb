// arXiv API Atom XML: <feed><entry> with <id>, <title>, <summary>, <published>, <author><name>, <link>.
// The external id is the arXiv id from the entry id (http://arxiv.org/abs/2406.11838v2 → 2406.11838v2).
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { readText } from "./read-file";
import { toPaper } from "./record";
import { IngestError, type PaperInput } from "./types";

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => ["entry", "author", "link"].includes(name),
});

export function arxivId(id: string): string {
  const m = /arxiv\.org\/abs\/(.+?)\/?$/i.exec(id.trim());
  return m ? m[1] : id.trim();
}

export function* parseArxivAtom(file: string): Generator<PaperInput> {
  const text = readText(file);
  if (text.trim() === "") throw new IngestError(file, null, "empty file");
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw xmlError(file, text, valid.err);
  const doc = parser.parse(text) as Node;
  const feed = doc.feed as Node | undefined;
  if (!feed || typeof feed !== "object") throw new IngestError(file, null, "not an Atom feed (no <feed> element)");
  const entries = (feed.entry as Node[] | undefined) ?? [];
  const lines = entryLines(text);
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    const id = textOf(e.id);
    const raw = {
      id: id === undefined ? undefined : arxivId(id),
      title: textOf(e.title),
      abstract: textOf(e.summary),
      url: linkOf(e) ?? (id && /^https?:/.test(id) ? id.trim() : null),
      published: textOf(e.published) ?? textOf(e.updated) ?? null,
      authors: ((e.author as Node[] | undefined) ?? []).map((a) => textOf(a?.name) ?? "").filter(Boolean),
    };
    const paper = toPaper(raw);
    if (typeof paper === "string") {
      const why = paper.replace(/"abstract"/g, "<summary>").replace(/"title"/g, "<title>").replace(/"id"/g, "<id>");
      throw new IngestError(file, lines[i] ?? null, `entry ${i + 1}: ${why}`);
    }
    yield paper;
  }
}

function textOf(v: unknown): string | undefined {
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (v && typeof v === "object" && "#text" in v) return textOf((v as Node)["#text"]);
  if (v && typeof v === "object") return ""; // an element with only attributes or children
  return undefined;
}

function linkOf(e: Node): string | null {
  const links = ((e.link as Node[] | undefined) ?? []).filter((l) => typeof l?.["@_href"] === "string");
  const best = links.find((l) => l["@_rel"] === "alternate") ?? links.find((l) => l["@_rel"] === undefined) ?? links[0];
  return best ? String(best["@_href"]) : null;
}

/** 1-based line of each <entry> start tag, in order. */
function entryLines(text: string): number[] {
  const out: number[] = [];
  let line = 1;
  let last = 0;
  for (const m of text.matchAll(/<(?:[\w-]+:)?entry[\s>]/g)) {
    for (let i = text.indexOf("\n", last); i >= 0 && i < m.index; i = text.indexOf("\n", i + 1)) line++;
    last = m.index;
    out.push(line);
  }
  return out;
}

/** The validator reports unclosed tags as "Invalid '[ "feed", "entry"]' found." at line 1: say "truncated". */
function xmlError(file: string, text: string, err: { msg: string; line: number }): IngestError {
  const unclosed = /^Invalid '\[(.*)\]' found/.exec(err.msg);
  if (!unclosed) return new IngestError(file, err.line, `not valid XML (${err.msg})`);
  const tags = unclosed[1].replace(/["\s]/g, "").split(",").filter(Boolean).map((t) => `<${t}>`);
  const lastLine = text.replace(/\s+$/, "").split("\n").length;
  return new IngestError(file, lastLine, `not valid XML: file ends inside ${tags.join(" ")} (truncated?)`);
}
