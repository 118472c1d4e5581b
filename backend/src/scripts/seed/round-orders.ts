import {
  addShippingMethodToCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  acceptVolunteerInviteWorkflow,
  changeDeliveryRoundStatusWorkflow,
  completeRoundCartWorkflow,
  inviteVolunteerWorkflow,
  recordStopChildOrdersWorkflow,
  updateDeliveryRoundWorkflow,
} from "@rbv/delivery-rounds/workflows"
import { runOrderSplit } from "@rbv/vendors/workflows"
import { products, residents } from "../demo-district"
import { emailOf, registerIdentity, residentAddress } from "./accounts"
import { query, SeedContainer } from "./context"

export const DEMO_VOLUNTEERS = [
  { name: "Marta Bellini", email: "giro@retebuonvivere.demo", phone: "+39 348 771 2040", role: "rider" as const },
  { name: "Paolo Zanetti", email: "logistica@retebuonvivere.demo", phone: "+39 349 115 6032", role: "planner" as const },
]
const PASSWORD = "buonvivere"

// Who already ordered for the first round, and from which makers (index into the district's makers).
const DEMO_BASKETS = [
  { resident: 1, makers: [0, 1, 2] },
  { resident: 4, makers: [1, 3] },
  { resident: 5, makers: [0, 4, 5] },
  { resident: 7, makers: [2, 6] },
  { resident: 8, makers: [3, 7, 8] },
  { resident: 10, makers: [5, 9] },
  // Marco remembered the honey two days later: a second order to the same door, so the same stop.
  { resident: 1, makers: [4] },
]

/** Two volunteers with logins: a rider (assigned to the next round) and a planner (sees every round). */
export async function seedVolunteers(container: SeedContainer) {
  const { data: existing } = await query(container).graph({ entity: "volunteer", fields: ["id", "email"] })
  const ids: Record<string, string> = {}
  for (const v of DEMO_VOLUNTEERS) {
    const found = existing.find((e: { email: string }) => e.email === v.email)
    if (found) {
      ids[v.role] = found.id
      continue
    }
    const { result } = await inviteVolunteerWorkflow(container).run({ input: v })
    const authIdentityId = await registerIdentity(container, v.email, PASSWORD)
    await acceptVolunteerInviteWorkflow(container).run({ input: { token: result.invite_token, email: v.email, auth_identity_id: authIdentityId } })
    ids[v.role] = result.volunteer.id
  }
  return { ids, logins: DEMO_VOLUNTEERS.map((v) => ({ email: v.email, password: PASSWORD, role: v.role })) }
}

/**
 * The next round already has residents' orders (several makers each, paid on delivery; one
 * resident ordered twice, so six doors for seven orders), a rider, and is closed early for new
 * orders, so `npm start` shows a round ready to plan and ride.
 */
export async function seedRoundOrders(container: SeedContainer, ctx: { regionId: string; salesChannelId: string; riderId: string }) {
  const q = query(container)
  const { data: rounds } = await q.graph({
    entity: "delivery_round",
    fields: ["id", "status", "drops_taken"],
    pagination: { order: { starts_at: "ASC" } },
  })
  const round = rounds[0]
  if (!round || round.status !== "open" || round.drops_taken > 0) return 0

  const { data: options } = await q.graph({ entity: "shipping_option", fields: ["id", "data"] })
  const homeOption = options.find((o: any) => o.data?.round_id === round.id && o.data?.id === "delivery-round")
  if (!homeOption) throw new Error("the first demo round has no home-delivery shipping option")
  // One well-stocked variant per maker, from the district's own data.
  const skuOf = new Map<string, string>()
  for (const p of products) {
    const v = p.variants.find((x) => x.stock >= 5)
    if (v && !skuOf.has(p.maker)) skuOf.set(p.maker, v.sku)
  }
  const { data: variants } = await q.graph({ entity: "product_variant", fields: ["id", "sku"], filters: { sku: [...skuOf.values()] } })
  const byMaker = new Map([...skuOf].map(([maker, sku]) => [maker, [variants.find((v: any) => v.sku === sku)?.id].filter(Boolean) as string[]]))
  const makerHandles = [...byMaker.keys()].sort()

  let placed = 0
  for (const basket of DEMO_BASKETS) {
    const r = residents[basket.resident]
    const email = emailOf(r, basket.resident)
    const address = residentAddress(r)
    const items = basket.makers
      .map((m) => byMaker.get(makerHandles[m % makerHandles.length])?.[0])
      .filter((id): id is string => Boolean(id))
      .map((variant_id, i) => ({ variant_id, quantity: 1 + (i % 2) }))
    const { result: cart } = await createCartWorkflow(container).run({
      input: { region_id: ctx.regionId, sales_channel_id: ctx.salesChannelId, email, shipping_address: address, billing_address: address, items },
    })
    await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: [{ id: homeOption.id }] } })
    const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
    await createPaymentSessionsWorkflow(container).run({ input: { payment_collection_id: collection.id, provider_id: "pp_system_default" } })
    // The resident's checkout as the storefront runs it: the round's drop is held, then Medusa completes the cart.
    const { result: order } = await completeRoundCartWorkflow(container).run({ input: { id: cart.id } })
    // Splitting and recording here (both idempotent) rather than waiting for the event subscribers.
    await splitOrder(container, order.id)
    // The split may already have run from the order.placed subscriber: read its result, not the return value.
    const { data: lines } = await q.graph({ entity: "commission_line", fields: ["order_id"], filters: { parent_order_id: order.id } })
    const children = [...new Set(lines.map((l: any) => l.order_id as string))]
    await recordStopChildOrdersWorkflow(container).run({ input: { order_id: order.id, child_order_ids: children } })
    placed++
  }
  await updateDeliveryRoundWorkflow(container).run({ input: { id: round.id, volunteer_ids: [ctx.riderId] } })
  await changeDeliveryRoundStatusWorkflow(container).run({ input: { round_id: round.id, status: "closed" } })
  return placed
}

/**
 * The vendors plugin's split under the order's lock, as its order.placed subscriber runs it: without
 * the lock, a split by the seed and one by the subscriber at once each made the order's maker parts
 * (on a loaded machine: "Commission line … kind: sale, already exists"). On a busy machine the
 * subscriber can hold the lock longer than the wait: wait and try again — the split is idempotent.
 */
async function splitOrder(container: SeedContainer, orderId: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runOrderSplit(container, orderId)
    } catch (error) {
      if (attempt >= 5 || !/Failed to acquire lock/.test((error as Error)?.message ?? "")) throw error
      await new Promise((resolve) => setTimeout(resolve, 1000 * attempt))
    }
  }
}
