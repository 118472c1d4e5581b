import type { NextConfig } from "next"

const nextConfig: NextConfig = {
  reactStrictMode: true,
  typedRoutes: false,
  images: { unoptimized: true },
}

export default nextConfig
