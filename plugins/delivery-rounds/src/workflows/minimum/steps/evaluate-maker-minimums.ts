import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export const evaluateMakerMinimumsStepId = "evaluate-maker-round-minimums"

export type MinimumDecision = {
  /** The recorded outcome (its orders are linked to it by the workflow). */
  outcome_id: string
  round_id: string
  vendor_id: string
  vendor_name: string
  outcome: "reached" | "kept" | "released"
  total: number
  minimum: number
  order_ids: string[]
  parent_order_ids: string[]
}

const cents = (value: unknown) => Math.round(Number(value ?? 0) * 100)

/**
 * At a round's cutoff, each maker with a minimum: what its live child orders in the round are
 * worth (goods, VAT included) against its minimum, and its choice when short. Decided once per
 * round × maker (a second run finds the decision made); compensation forgets what it decided.
 */
export const evaluateMakerMinimumsStep = createStep(
  evaluateMakerMinimumsStepId,
  async (input: { round_id: string; child_order_ids: string[] }, { container }) => {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    if (!input.child_order_ids.length) return new StepResponse([] as MinimumDecision[], [] as string[])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: children } = await query.graph({
      entity: "order",
      fields: ["id", "status", "item_total", "metadata", "vendor.id", "vendor.name"],
      filters: { id: input.child_order_ids },
    })
    const byVendor = new Map<string, { name: string; orders: any[] }>()
    for (const child of children as any[]) {
      if (child.status === "canceled" || !child.vendor?.id) continue
      const entry = byVendor.get(child.vendor.id) ?? { name: child.vendor.name as string, orders: [] as any[] }
      entry.orders.push(child)
      byVendor.set(child.vendor.id, entry)
    }
    if (!byVendor.size) return new StepResponse([] as MinimumDecision[], [] as string[])
    const [minimums, decided] = await Promise.all([
      service.listMakerMinimums({ vendor_id: [...byVendor.keys()] }, { take: null }),
      service.listMakerRoundOutcomes({ round_id: input.round_id } as any, { take: null }),
    ])
    const done = new Set(decided.map((d: any) => d.vendor_id as string))
    const decisions: Omit<MinimumDecision, "outcome_id">[] = minimums
      .filter((m) => !done.has(m.vendor_id))
      .map((m) => {
        const { name, orders } = byVendor.get(m.vendor_id)!
        const total = orders.reduce((sum, o) => sum + cents(o.item_total), 0)
        const minimum = cents(m.amount)
        return {
          round_id: input.round_id,
          vendor_id: m.vendor_id,
          vendor_name: name,
          outcome: total >= minimum ? "reached" : m.below === "release" ? "released" : "kept",
          total: total / 100,
          minimum: minimum / 100,
          order_ids: orders.map((o) => o.id as string),
          parent_order_ids: [...new Set(orders.map((o) => o.metadata?.parent_order_id as string).filter(Boolean))],
        }
      })
    if (!decisions.length) return new StepResponse([] as MinimumDecision[], [] as string[])
    const created = await service.createMakerRoundOutcomes(
      decisions.map(({ round_id, vendor_id, outcome, total, minimum }) => ({ round_id, vendor_id, outcome, total, minimum }))
    )
    return new StepResponse(
      decisions.map((d, i) => ({ ...d, outcome_id: created[i].id })),
      created.map((c) => c.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.deleteMakerRoundOutcomes(ids)
  }
)
