/** @type {import('next').NextConfig} */
module.exports = {
  serverExternalPackages: ["better-sqlite3"],
  // a separate build directory lets tests and parallel work build without clobbering each other
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
};
