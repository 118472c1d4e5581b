// The people and the real records the sweep plays with: two makers, two residents with their
// own orders, a rider of the demo round, a rider of nothing, a planner, the coordinators, and
// someone who has only registered. Every id below is real and belongs to exactly one of them.
import { addressCart, cartWith, payAndComplete, roundOption, VERONETTA_ADDRESS } from "../../../helpers/checkout"
import { volunteerWithLogin } from "../../../helpers/delivery"
import type { District } from "../../../helpers/district"
import { bearer, inStockVariantOf, vendorLogin } from "../../../helpers/vendors"
import { waitFor } from "../../../helpers/wait-for"

type Api = {
  get: (url: string, config?: unknown) => Promise<{ data: any; status: number }>
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any; status: number }>
}
export type Headers = { headers: Record<string, string> }

const PASSWORD = "buonvivere"
const login = async (api: Api, actor: string, email: string) => (await api.post(`/auth/${actor}/emailpass`, { email, password: PASSWORD })).data.token as string
const register = async (api: Api, actor: string, email: string) =>
  (await api.post(`/auth/${actor}/emailpass/register`, { email, password: PASSWORD })).data.token as string

/** A signed-in resident buys from the given makers and has the order brought home by the open round. */
async function residentOrder(api: Api, district: District, resident: Headers, email: string, makers: string[]) {
  const items = []
  for (const handle of makers) items.push({ variant_id: (await inStockVariantOf(api, district.store, handle)).id, quantity: 1 })
  const cartId = await cartWith(api, resident, district.regionId, items)
  await addressCart(api, resident, cartId, { ...VERONETTA_ADDRESS, address_1: `Via San Nazaro ${makers.length + 3}` }, email)
  const option = await roundOption(api, resident, cartId)
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option.id }, resident)
  const completed = await payAndComplete(api, resident, cartId)
  return { order: completed.order, roundId: option.offer.rounds[0].id as string }
}

export async function buildWorld(api: Api, district: District, container: { resolve: (key: string) => any }) {
  const store = district.store
  const withKey = (token: string): Headers => ({ headers: { ...store.headers, authorization: `Bearer ${token}` } })
  const as = {
    admin: district.admin,
    maker: await vendorLogin(api, "forno@sannazaro.demo"),
    otherMaker: await vendorLogin(api, "miele@torricelle.demo"),
    pendingMaker: await vendorLogin(api, "irene@vetrisantatoscana.demo"),
    rider: bearer(await login(api, "volunteer", "giro@retebuonvivere.demo")),
    planner: bearer(await login(api, "volunteer", "logistica@retebuonvivere.demo")),
    otherRider: (await volunteerWithLogin(api, district.admin, "Ugo Fasoli", "ugo@volontari.demo")).headers,
    resident: withKey(await login(api, "customer", "giuseppina.bonato@residenti.demo")),
    otherResident: withKey(await login(api, "customer", "sofia.bertoldi@residenti.demo")),
    guest: store,
    applicant: bearer(await register(api, "vendor", "nuova.bottega@sweep.demo")),
    volunteerApplicant: bearer(await register(api, "volunteer", "nuovo.volontario@sweep.demo")),
    anonymous: { headers: {} } as Headers,
  }

  const mine = await residentOrder(api, district, as.resident, "giuseppina.bonato@residenti.demo", ["forno-san-nazaro", "apicoltura-torricelle"])
  const theirs = await residentOrder(api, district, as.otherResident, "sofia.bertoldi@residenti.demo", ["forno-san-nazaro"])
  const vendors = (await api.get("/admin/vendors?limit=100", as.admin)).data.vendors as any[]
  const vendorId = (handle: string) => vendors.find((v) => v.handle === handle).id as string
  // The makers' child orders of the resident's order, read from the commission ledger (the split runs after the order).
  const children = await waitFor("the split of the resident's order", async () => {
    const { data } = await container.resolve("query").graph({ entity: "commission_line", fields: ["order_id", "vendor_id"], filters: { parent_order_id: mine.order.id, kind: "sale" } })
    return data.length === 2 && (data as { order_id: string; vendor_id: string }[])
  })
  const childOf = (handle: string) => children.find((c) => c.vendor_id === vendorId(handle))!.order_id

  const admin = async (path: string, key: string) => (await api.get(path, as.admin)).data[key] as any[]
  const rounds = await admin("/admin/delivery-rounds", "delivery_rounds")
  const riderRound = (await api.get("/logistics/rounds", as.rider)).data.rounds[0]
  const riderStops = (await api.get(`/logistics/rounds/${riderRound.id}`, as.rider)).data.round.stops
  const openRound = (await api.get(`/logistics/rounds/${mine.roundId}`, as.planner)).data.round
  const { data: makerProducts } = await api.get("/vendor/products", as.maker)
  const { data: otherProducts } = await api.get("/vendor/products", as.otherMaker)
  const ownCart = await cartWith(api, as.resident, district.regionId, [])
  const otherCart = await cartWith(api, as.otherResident, district.regionId, [])
  // Each resident's weekly basket (home delivery at the address of their order).
  const basketOf = async (who: Headers) =>
    (await api.post("/store/baskets", { lines: [{ variant_id: makerProducts.products[0].variants[0].id, quantity: 1 }], delivery: "home", address: VERONETTA_ADDRESS }, who)).data.basket.id as string
  const certifications = await admin("/admin/brand/certifications", "certifications")
  const customers = (await api.get("/admin/customers?limit=1", as.admin)).data.customers
  const memberOf = async (who: Headers) => (await api.get("/vendor/me", who)).data.member.id as string
  const batchLimitOf = async (who: Headers, productId: string) =>
    (await api.post("/vendor/batch-limits", { name: "Infornata", quantity: 50, product_ids: [productId] }, who)).data.batch_limit.id as string

  return {
    as,
    ids: {
      residentOrder: mine.order.id as string,
      otherResidentOrder: theirs.order.id as string,
      makerOrder: childOf("forno-san-nazaro"),
      otherMakerOrder: childOf("apicoltura-torricelle"),
      makerProduct: makerProducts.products[0].id as string,
      makerVariant: makerProducts.products[0].variants[0].id as string,
      otherProduct: otherProducts.products[0].id as string,
      otherVariant: otherProducts.products[0].variants[0].id as string,
      riderRound: riderRound.id as string,
      riderStop: riderStops[0].id as string,
      openRound: mine.roundId,
      openRoundStop: openRound.stops[0].id as string,
      anyRound: rounds[0].id as string,
      zone: (await admin("/admin/delivery-zones", "delivery_zones"))[0].id as string,
      pickupPoint: (await admin("/admin/pickup-points", "pickup_points"))[0].id as string,
      template: (await admin("/admin/round-templates", "round_templates"))[0].id as string,
      volunteer: (await admin("/admin/volunteers", "volunteers"))[0].id as string,
      vendor: vendorId("forno-san-nazaro"),
      certification: certifications[0].id as string,
      charter: (await admin("/admin/brand/charters", "charters"))[0].id as string,
      ownCart,
      residentBasket: await basketOf(as.resident),
      otherResidentBasket: await basketOf(as.otherResident),
      otherCart,
      makerHandle: "forno-san-nazaro",
      makerMember: await memberOf(as.maker),
      otherMakerMember: await memberOf(as.otherMaker),
      makerBatchLimit: await batchLimitOf(as.maker, makerProducts.products[0].id),
      otherMakerBatchLimit: await batchLimitOf(as.otherMaker, otherProducts.products[0].id),
      // A file the seed stored (a product's picture), served at /static/:key.
      storedFile: new URL(makerProducts.products[0].thumbnail).pathname.split("/").pop() as string,
      // A real id of a kind that no route takes: the wrong prefix everywhere.
      wrongKind: customers[0].id as string,
    },
  }
}
export type World = Awaited<ReturnType<typeof buildWorld>>
