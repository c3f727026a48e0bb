// Search papers by title and abstract words: a plain GET form (works without JavaScript; a new search starts on page 1).
import Link from "next/link";

export function PaperSearchForm({ q }: { q: string }) {
  return (
    <form action="/papers" method="get" role="search" aria-label="Papers" className="flex flex-wrap items-center gap-2">
      <label htmlFor="papers-q" className="sr-only">Search papers by title or abstract words</label>
      <input
        id="papers-q"
        type="search"
        name="q"
        defaultValue={q}
        maxLength={200}
        placeholder="Search titles and abstracts"
        className="min-w-0 flex-1 basis-48 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-500 focus:border-blue-600"
      />
      <button type="submit" className="rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800">
        Search
      </button>
      {q && (
        <Link href="/papers" className="px-2 py-2 text-sm text-blue-700 underline-offset-2 hover:underline">
          Clear
        </Link>
      )}
    </form>
  );
}
