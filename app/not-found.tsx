import Link from "next/link";

export default function NotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-slate-600">There is nothing at this address. It may be a benchmark, metric or paper that the corpus does not have.</p>
      <p className="mt-6 flex justify-center gap-4 text-blue-700 underline">
        <Link href="/">Overview</Link>
        <Link href="/papers">All papers</Link>
        <Link href="/leaderboards">All leaderboards</Link>
      </p>
    </div>
  );
}
