import type { NextConfig } from "next"

const nextConfig: NextConfig = {
  reactStrictMode: true,
  typedRoutes: false,
  images: { unoptimized: true },
  // Product photos from La mia bottega go through a server action (the API takes up to 5 MB).
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
}

export default nextConfig
