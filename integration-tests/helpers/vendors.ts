type Api = {
  get: (url: string, config?: unknown) => Promise<{ data: any; status: number }>
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any; status: number }>
  delete: (url: string, config?: unknown) => Promise<{ data: any; status: number }>
}

export const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })

/** Answers instead of throwing, so tests can assert 4xx statuses. */
export const attempt = <T>(call: Promise<T>) =>
  call.catch((e: any) => {
    if (!e.response) throw e
    return e.response
  })

export async function vendorLogin(api: Api, email: string, password = "buonvivere") {
  const { data } = await api.post("/auth/vendor/emailpass", { email, password })
  return bearer(data.token)
}

/** What a workshop sends to apply (POST /vendor/applications): a ceramist in Veronetta. */
export const applicationOf = (handle: string, name = `Bottega ${handle}`) => ({
  name,
  handle,
  craft: "ceramica",
  story: "Lavoro l'argilla del Garda.",
  address_1: "Via San Vitale 3",
  postal_code: "37129",
  lat: 45.44,
  lng: 11.0,
  first_name: "Anna",
  last_name: "Rossi",
})

/** An artisan registers and applies; returns the member's headers once the session is refreshed. */
export async function applyAsArtisan(api: Api, handle: string, overrides: Record<string, unknown> = {}) {
  const email = `${handle}@bottega.demo`
  const { data: reg } = await api.post("/auth/vendor/emailpass/register", { email, password: "buonvivere" })
  const { data } = await api.post("/vendor/applications", { ...applicationOf(handle), ...overrides }, bearer(reg.token))
  return { vendor: data.vendor, email, headers: await vendorLogin(api, email) }
}

export const simpleProduct = (title: string, price = 12.5, stock = 10) => ({
  title,
  description: "Fatto a mano in Veronetta.",
  variants: [{ title: "Unico", prices: [{ amount: price, currency_code: "eur" }], stock }],
})

/**
 * A variant of that maker's that can be bought now, found the way a resident would, with stock
 * for `quantity` and one more (the catalogue's order is not fixed, so ask for what the test buys).
 */
export async function inStockVariantOf(api: Api, store: { headers: Record<string, string> }, handle: string, quantity = 1) {
  const { data: shop } = await api.get(`/store/vendors/${handle}`, store)
  // `metadata` is not among the store's default fields: without it the weighed products were not skipped, and
  // which product came first (the list's order among equal creation times) decided whether a case passed.
  const { data } = await api.get(`/store/products?id[]=${shop.vendor.product_ids.join("&id[]=")}&fields=+metadata,+variants.inventory_quantity,+variants.sku`, store)
  for (const product of data.products) {
    // Sold by weight, a line's price waits for the maker's scale (and its card for the weighing): not what callers buy here.
    if (product.metadata?.weight_pricing) continue
    const variant = product.variants.find((v: any) => v.inventory_quantity > quantity)
    if (variant) return variant
  }
  throw new Error(`${handle} has nothing with more than ${quantity} in stock`)
}

/**
 * The makers' parts (child orders) of residents' orders, with Medusa's `fields`: Medusa's own order list leaves the
 * parts out, so they are found through each order's parts (GET /admin/orders/:id/parts) and then read by id.
 */
export async function partsOf(api: Api, admin: unknown, parentIds: string[], fields: string): Promise<any[]> {
  const ids: string[] = []
  for (const parent of parentIds) ids.push(...(await api.get(`/admin/orders/${parent}/parts`, admin)).data.parts.map((p: { id: string }) => p.id))
  if (!ids.length) return []
  const { data } = await api.get(`/admin/orders?${ids.map((id) => `id[]=${id}`).join("&")}&fields=${fields}&limit=${ids.length}`, admin)
  return data.orders
}
