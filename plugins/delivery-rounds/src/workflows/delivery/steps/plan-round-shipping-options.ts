import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { desiredRoundOptions, optionKey, PROVIDER_ID, type RoundOptionData } from "../../../lib/round-options"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export type RoundShippingOptionsPlan = { create: Record<string, unknown>[]; delete: string[] }

const STORE_RULES = [
  { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
  { attribute: "is_return", value: "false", operator: "eq" as const },
]

export const planRoundShippingOptionsStepId = "plan-round-shipping-options"

/**
 * Compares the options each round should have (open: home delivery + pickup slots; otherwise
 * none) with the provider's existing ones, so the caller only creates and deletes the difference.
 */
export const planRoundShippingOptionsStep = createStep(
  planRoundShippingOptionsStepId,
  async (input: { round_ids: string[] }, { container }) => {
    const plan: RoundShippingOptionsPlan = { create: [], delete: [] }
    if (!input.round_ids.length) return new StepResponse(plan)
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [rounds, points, { data: existing }] = await Promise.all([
      service.listRoundsWithRefs({ id: input.round_ids }, { take: null }),
      service.listPickupPoints({}, { take: null }),
      query.graph({ entity: "shipping_option", fields: ["id", "name", "data"], filters: { provider_id: PROVIDER_ID } }),
    ])
    const wanted = new Set(input.round_ids)
    const current = existing.filter((o: any) => wanted.has((o.data as RoundOptionData | null)?.round_id ?? ""))
    const desired = rounds.flatMap((r) => desiredRoundOptions(r, points))

    const same = (o: any, d: (typeof desired)[number]) => o.name === d.name && o.data?.fee === Math.round(d.amount * 100)
    for (const o of current) {
      const d = desired.find((x) => x.key === optionKey(o.data))
      if (!d || !same(o, d)) plan.delete.push(o.id)
    }
    const toCreate = desired.filter((d) => !current.some((o: any) => optionKey(o.data) === d.key && same(o, d)))
    if (!toCreate.length) return new StepResponse(plan)

    const target = await shippingTarget(query)
    if (!target) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`delivery-rounds: no stock location offers the ${PROVIDER_ID} fulfillment provider; rounds get no shipping options`)
      return new StepResponse(plan)
    }
    plan.create = toCreate.map((d) => ({
      name: d.name,
      price_type: "flat",
      provider_id: PROVIDER_ID,
      service_zone_id: target.service_zone_id,
      shipping_profile_id: target.shipping_profile_id,
      type: { label: d.name, description: d.description, code: d.code },
      data: { ...d.data, fee: Math.round(d.amount * 100) },
      prices: [{ currency_code: "eur", amount: d.amount }],
      rules: STORE_RULES,
    }))
    return new StepResponse(plan)
  }
)

/** The first shipping service zone of a stock location that enabled this provider. */
async function shippingTarget(query: any): Promise<{ service_zone_id: string; shipping_profile_id: string } | null> {
  const [{ data: locations }, { data: profiles }] = await Promise.all([
    query.graph({
      entity: "stock_location",
      fields: ["id", "fulfillment_providers.id", "fulfillment_sets.type", "fulfillment_sets.service_zones.id"],
    }),
    query.graph({ entity: "shipping_profile", fields: ["id", "type"] }),
  ])
  const profile = profiles.find((p: any) => p.type === "default") ?? profiles[0]
  for (const location of locations) {
    if (!(location.fulfillment_providers ?? []).some((p: any) => p?.id === PROVIDER_ID)) continue
    const set = (location.fulfillment_sets ?? []).find((s: any) => s?.type === "shipping" && s.service_zones?.length)
    if (set && profile) return { service_zone_id: set.service_zones[0].id, shipping_profile_id: profile.id }
  }
  return null
}
