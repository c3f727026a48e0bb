"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="py-16 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-slate-600">{error.message || "The page could not be rendered."}</p>
      <button onClick={reset} className="mt-6 rounded-md bg-slate-900 px-4 py-2 text-white">Try again</button>
    </div>
  );
}
