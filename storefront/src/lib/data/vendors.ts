import "server-only"
import { cache } from "react"
import { contentHeaders } from "../i18n/content-locale"
import type { Locale } from "../i18n/translate"
import { sdk } from "../medusa"
import { CacheTags, cachedWith } from "./cache-tags"
import { nullIfNotFound } from "../util/errors"
import type { StoreVendor } from "../util/makers"

export type StoreVendorDetail = StoreVendor & { product_ids: string[] }

/** The network's approved makers in the visitor's language, alphabetically (the API's order: no ranking); tag `vendors`. */
export async function listVendors(locale: Locale): Promise<StoreVendor[]> {
  const { vendors } = await sdk.client.fetch<{ vendors: StoreVendor[]; count: number }>("/store/vendors", {
    headers: contentHeaders(locale),
    ...cachedWith(CacheTags.vendors),
  })
  return vendors
}

/** One approved maker by handle, or null (once per request: page + metadata); tag `vendor:<handle>`. */
export const retrieveVendorByHandle = cache(async (handle: string, locale: Locale): Promise<StoreVendorDetail | null> => {
  return nullIfNotFound(async () => {
    const { vendor } = await sdk.client.fetch<{ vendor: StoreVendorDetail }>(`/store/vendors/${encodeURIComponent(handle)}`, {
      headers: contentHeaders(locale),
      ...cachedWith(CacheTags.vendor(handle), CacheTags.vendors),
    })
    return vendor
  })
})
