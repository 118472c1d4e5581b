import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { planStopMerge } from "../../../lib/stop-merge"
import { stopKey } from "../../../lib/stop-key"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export const prepareStopMergeStepId = "prepare-delivery-stop-merge"

/** Stops made before a stop could hold several orders (no key yet): their keys, and which of them are one door. */
export const prepareStopMergeStep = createStep(prepareStopMergeStepId, async (_input: Record<string, never>, { container }) => {
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const stops = (await service.listDeliveryStops({ address_key: null }, { take: null, relations: ["orders"] })) as any[]
  const firstRow = (s: any) => [...(s.orders ?? [])].sort((a: any, b: any) => String(a.created_at).localeCompare(String(b.created_at)))[0]
  const orderIds = stops.map(firstRow).filter(Boolean).map((r: any) => r.order_id)
  const roundIds = [...new Set(stops.map((s) => s.round_id as string))]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: orders }, rounds] = await Promise.all([
    orderIds.length ? query.graph({ entity: "order", fields: ["id", "email", "shipping_address.*"], filters: { id: orderIds } }) : Promise.resolve({ data: [] as any[] }),
    roundIds.length ? service.listDeliveryRounds({ id: roundIds }, { take: null }) : Promise.resolve([]),
  ])
  return new StepResponse(
    planStopMerge(
      stops.map((s) => {
        const order = orders.find((o: any) => o.id === firstRow(s)?.order_id) as any
        return {
          id: s.id,
          round_id: s.round_id,
          round_status: rounds.find((r) => r.id === s.round_id)?.status ?? "completed",
          status: s.status,
          kind: s.kind,
          created_at: s.created_at,
          key: order ? stopKey({ pickup_point_id: s.pickup_point_id, email: order.email, address: order.shipping_address }) : null,
          order_row_ids: (s.orders ?? []).map((r: any) => r.id),
        }
      })
    )
  )
})
