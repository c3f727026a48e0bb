"use client";
// Marks the export layout ready once the fonts it names are loaded: the CLI and tests wait for
// [data-export-ready] before they read the SVG or take the PNG.
import { useEffect } from "react";

export function ExportReady({ target }: { target: string }) {
  useEffect(() => {
    let live = true;
    document.fonts.ready.then(() => {
      const el = document.getElementById(target);
      if (live && el) el.setAttribute("data-export-ready", "true");
    });
    return () => {
      live = false;
    };
  }, [target]);
  return null;
}
