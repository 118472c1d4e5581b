import type { NextConfig } from "next"

const nextConfig: NextConfig = {
  reactStrictMode: true,
  typedRoutes: false,
  images: { unoptimized: true },
  experimental: {
    // Product photos from La mia bottega go through a server action (the API takes up to 5 MB).
    serverActions: { bodySizeLimit: "6mb" },
    // Cached catalogue pages live in this server's memory only: a restart (or a fresh database
    // under the same build) starts from an empty cache instead of pages of another catalogue,
    // and revalidation (in memory too) can never miss a page kept on disk.
    isrFlushToDisk: false,
    // The browser's own router cache keeps a catalogue page at most 30 s (Next's minimum) for
    // link navigations; a page load always asks the server, which Medusa keeps fresh.
    staleTimes: { static: 30 },
    // The stylesheets go inside each page's <head> instead of a <link> the browser must fetch
    // before it paints anything (one round trip less on a phone; pages are cached anyway). The
    // site's own (globals.css) is SiteStyle's instead, kept out of the RSC payload.
    inlineCss: true,
  },
  turbopack: {
    rules: {
      // `import text from "./x.css?raw"`: the stylesheet as a string (SiteStyle).
      "*.css": { condition: { query: "?raw" }, loaders: ["./loaders/css-text.cjs"], type: "text" },
    },
  },
  // The whole catalogue fits; the default 50 MB would be enough for a few hundred products.
  cacheMaxMemorySize: 200 * 1024 * 1024,
}

export default nextConfig
