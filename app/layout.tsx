import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { SiteHeader } from "@/components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "sotaboard", template: "%s · sotaboard" },
  description: "Leaderboards and speedup claims extracted from ML paper abstracts",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow">
          Skip to content
        </a>
        <NuqsAdapter>
          <SiteHeader />
          <main id="main" className="mx-auto max-w-6xl px-4 py-6">
            {children}
          </main>
          <footer className="mx-auto max-w-6xl px-4 pb-8 pt-4 text-xs text-slate-500">
            Numbers extracted automatically from paper abstracts; every value links to the sentence it came from.
          </footer>
        </NuqsAdapter>
      </body>
    </html>
  );
}
