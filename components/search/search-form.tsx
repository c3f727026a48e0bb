// The global search box: a plain GET form to /search (works without JavaScript).
export function SearchForm({ q = "", autoFocus = false, size = "lg" }: { q?: string; autoFocus?: boolean; size?: "lg" | "sm" }) {
  const pad = size === "lg" ? "px-3 py-2 text-base" : "px-2 py-1.5 text-sm";
  return (
    <form method="get" action="/search" role="search" aria-label="Search the corpus" className="flex w-full max-w-2xl gap-2">
      <label htmlFor="global-search" className="sr-only">
        Search methods, papers, datasets and metrics
      </label>
      <input
        id="global-search"
        type="search"
        name="q"
        defaultValue={q}
        autoFocus={autoFocus}
        placeholder="Methods, papers, datasets, metrics…"
        className={`min-w-0 flex-1 rounded-md border border-slate-300 bg-white ${pad}`}
      />
      <button type="submit" className={`rounded-md bg-slate-900 font-medium text-white hover:bg-slate-700 ${pad}`}>
        Search
      </button>
    </form>
  );
}
