import Link from "next/link";
import { NavLink } from "./nav-link";

const NAV = [
  { href: "/", label: "Overview" },
  { href: "/papers", label: "Papers" },
  { href: "/leaderboards", label: "Leaderboards" },
  { href: "/speedups", label: "Speedups" },
  { href: "/search", label: "Search" },
];

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight text-slate-900">
          <span aria-hidden className="inline-block h-5 w-5 rounded bg-gradient-to-br from-blue-600 to-emerald-500" />
          sotaboard
        </Link>
        <nav aria-label="Main" className="flex flex-wrap gap-1 text-sm">
          {NAV.map((n) => (
            <NavLink key={n.href} href={n.href}>
              {n.label}
            </NavLink>
          ))}
        </nav>
      </div>
    </header>
  );
}
