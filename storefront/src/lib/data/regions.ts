import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { sdk } from "../medusa"
import { CacheTags, cachedWith } from "./cache-tags"

export const SHOP_COUNTRY = "it"

/** The region that ships to Italy ("Italia"), fetched once per request and cached (tag `regions`). */
export const retrieveShopRegion = cache(async (): Promise<HttpTypes.StoreRegion> => {
  const { regions } = await sdk.client.fetch<HttpTypes.StoreRegionListResponse>("/store/regions", {
    query: { fields: "id,name,currency_code,*countries", limit: 50 },
    ...cachedWith(CacheTags.regions),
  })
  const region = regions.find((r) => r.countries?.some((c) => c.iso_2 === SHOP_COUNTRY))
  if (!region) {
    throw new Error(`No region ships to "${SHOP_COUNTRY}": run the demo seed`)
  }
  return region
})
