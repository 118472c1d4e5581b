// The resident's checkout through the store API, step by step as the storefront does it.
import { attempt } from "./vendors"

type Api = {
  get: (url: string, config?: unknown) => Promise<{ data: any }>
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any }>
}
type Store = { headers: Record<string, string> }

export const VERONETTA_ADDRESS = {
  first_name: "Giulia",
  last_name: "Ferrari",
  address_1: "Via San Nazaro 12",
  postal_code: "37129",
  city: "Verona",
  province: "VR",
  country_code: "it",
  phone: "+39 345 123 4567",
}

export async function productsByMaker(api: Api, store: Store, regionId: string) {
  const { data } = await api.get(
    `/store/products?limit=200&region_id=${regionId}&fields=*variants.calculated_price,+variants.inventory_quantity,+metadata`,
    store
  )
  const byMaker = new Map<string, any[]>()
  for (const product of data.products) {
    // Sold by weight, a line's price waits for the maker's scale: not what the callers here buy.
    if (product.metadata.weight_pricing) continue
    const list = byMaker.get(product.metadata.maker_handle) ?? []
    list.push(product)
    byMaker.set(product.metadata.maker_handle, list)
  }
  return byMaker
}

export async function cartWith(api: Api, store: Store, regionId: string, items: { variant_id: string; quantity: number }[]) {
  const { data } = await api.post("/store/carts", { region_id: regionId }, store)
  for (const item of items) await api.post(`/store/carts/${data.cart.id}/line-items`, item, store)
  return data.cart.id as string
}

export type DeliveryChoice = "home" | "pickup"

/** The shipping option of the first round that brings this cart home, or of the first pickup slot. */
export async function roundOption(api: Api, store: Store, cartId: string, choice: DeliveryChoice = "home") {
  const { data } = await api.get(`/store/delivery-rounds?cart_id=${cartId}`, store)
  const id = choice === "home" ? data.rounds[0]?.shipping_option_id : data.pickup_points.flatMap((p: any) => p.slots)[0]?.shipping_option_id
  if (!id) throw new Error(`no ${choice} option for cart ${cartId}: ${JSON.stringify(data)}`)
  return { id: id as string, offer: data }
}

export async function addressCart(api: Api, store: Store, cartId: string, address = VERONETTA_ADDRESS, email = "giulia.ferrari@example.org") {
  await api.post(`/store/carts/${cartId}`, { email, shipping_address: address, billing_address: address }, store)
}

/** Pay on delivery / at pickup (the payment session the completion authorizes). */
export async function payOnDelivery(api: Api, store: Store, cartId: string) {
  const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
  await api.post(
    `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    store
  )
}

/** The resident's last click. */
export async function complete(api: Api, store: Store, cartId: string) {
  const { data: completed } = await api.post(`/store/delivery-rounds/carts/${cartId}/complete`, {}, store)
  return completed
}

/** Pay on delivery / at pickup, then complete. */
export async function payAndComplete(api: Api, store: Store, cartId: string) {
  await payOnDelivery(api, store, cartId)
  return complete(api, store, cartId)
}

/** Residents completing these carts at the same moment, each paid on delivery: the orders placed and the refusals. */
export async function completeAtOnce(api: Api, store: Store, cartIds: string[]) {
  const results = await Promise.all(cartIds.map((cartId) => attempt(payAndComplete(api, store, cartId))))
  return { placed: results.filter((r: any) => r.type === "order"), refused: results.filter((r: any) => r.status) }
}

/** A variant of a maker's products with at least three pieces in stock. */
export const inStock = (products: any[]) => products.flatMap((p) => p.variants).find((v: any) => v.inventory_quantity >= 3)

/** A resident's cart of these items at this address, brought home in the first round offered, paid at the door. */
export async function roundOrder(api: Api, store: Store, regionId: string, items: { variant_id: string; quantity: number }[], address: Record<string, unknown>, email: string) {
  const cartId = await cartWith(api, store, regionId, items)
  await addressCart(api, store, cartId, address as typeof VERONETTA_ADDRESS, email)
  const { id, offer } = await roundOption(api, store, cartId)
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: id }, store)
  const completed = await payAndComplete(api, store, cartId)
  return { completed, cartId, roundId: offer.rounds[0].id as string }
}

/**
 * Resident i buys from makers i and i + 1 (one piece, then two), all in the same (first) round:
 * their orders, that round, and the makers' handles in the order used.
 */
export async function placeRoundOrders(api: Api, store: Store, regionId: string, residents: { email: string; address: Record<string, unknown> }[]) {
  const byMaker = [...(await productsByMaker(api, store, regionId)).entries()]
  const placed: any[] = []
  let roundId = ""
  for (const [i, resident] of residents.entries()) {
    const items = [i, i + 1].map((k, n) => ({ variant_id: inStock(byMaker[k][1]).id, quantity: n + 1 }))
    const order = await roundOrder(api, store, regionId, items, resident.address, resident.email)
    placed.push(order.completed.order)
    roundId = order.roundId
  }
  return { placed, roundId, handles: byMaker.map(([handle]) => handle) }
}

export async function checkout(api: Api, store: Store, cartId: string, choice: DeliveryChoice = "home") {
  await addressCart(api, store, cartId)
  const option = await roundOption(api, store, cartId, choice)
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option.id }, store)
  const completed = await payAndComplete(api, store, cartId)
  return { completed, offer: option.offer }
}
