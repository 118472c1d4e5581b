import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { sdk } from "../medusa"
import { makerOf } from "../util/makers"
import { retrieveShopRegion } from "./regions"

/** Fields for product cards: price of each variant and the maker (metadata). */
const CARD_FIELDS = "id,handle,title,thumbnail,metadata,*variants.calculated_price"

/** Fields for the product page: everything, plus prices and stock of each variant. */
const DETAIL_FIELDS =
  "*variants.calculated_price,+variants.inventory_quantity,+variants.manage_inventory,+variants.allow_backorder,*variants.options,*options,*options.values,*images,*categories,+metadata"

export type ProductList = { products: HttpTypes.StoreProduct[]; count: number }

export async function listProducts(
  query: Omit<HttpTypes.StoreProductListParams, "region_id" | "fields"> = {}
): Promise<ProductList> {
  const region = await retrieveShopRegion()
  const { products, count } = await sdk.store.product.list({
    limit: 100,
    order: "title",
    ...query,
    region_id: region.id,
    fields: CARD_FIELDS,
  })
  return { products, count }
}

export async function listFeaturedProducts(): Promise<HttpTypes.StoreProduct[]> {
  const { products } = await listProducts({ limit: 200 })
  return products.filter((p) => p.metadata?.featured === true)
}

export async function searchProducts(q: string): Promise<ProductList> {
  return listProducts({ q, limit: 60 })
}

export async function listCategoryProducts(categoryId: string): Promise<ProductList> {
  return listProducts({ category_id: [categoryId], limit: 100 })
}

/** The product with this handle, or null when there is none (once per request: page + metadata). */
export const retrieveProductByHandle = cache(async (handle: string): Promise<HttpTypes.StoreProduct | null> => {
  const region = await retrieveShopRegion()
  const { products } = await sdk.store.product.list({
    handle,
    limit: 1,
    region_id: region.id,
    fields: DETAIL_FIELDS,
  })
  return products[0] ?? null
})

/**
 * A maker's products. Until the vendors plugin serves `/store/vendors/:handle`, the maker is
 * read from product metadata, so this filters the catalogue.
 */
export const listMakerProducts = cache(async (makerHandle: string): Promise<HttpTypes.StoreProduct[]> => {
  const { products } = await listProducts({ limit: 500 })
  return products.filter((p) => makerOf(p).handle === makerHandle)
})
