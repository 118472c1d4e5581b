import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CASH_ORDER_FIELDS, cashToCollect, shareCash } from "../../../lib/cash"
import { liveStopOrders } from "../../../lib/round-context"
import { childOrderIdsOf } from "../../../lib/stop-child-orders"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"
import { canCompleteStop, canDeliverAgain, everyDoorSettled } from "../../../modules/delivery/round-rules"
import { refusal } from "@rbv/kit"

export type StopOutcome = "delivered" | "failed"
export type CompleteStopInput = {
  round_id: string
  stop_id: string
  volunteer_id?: string | null
  outcome: StopOutcome
  note?: string | null
  amount_collected?: number | null
}

export type CheckedStopCompletion = {
  stop_id: string
  orders: { order_id: string; child_order_ids: string[] }[]
  /** Delivered after the stop had failed on this run: the coordinators, told of the failure, are told again. */
  second_pass: boolean
  /** The stop's note: the volunteer's; on a second pass without one, the first pass's stays. */
  note: string | null
  /** Cash taken at the door: null unless delivered with an amount. */
  amount_collected: number | null
  /** Each pay-on-delivery order's part of it (the row it is written on, the payment it captures). */
  cash: { stop_order_id: string; order_id: string; amount: number }[]
  /** This delivery settles the round's last door: the round completes (a failure never does: it may be rung again). */
  last_stop: boolean
}

/**
 * Only a scheduled stop of a round in progress can be completed (or a failed one delivered on a second pass); a failed stop says why and
 * collects nothing; cash is never more than the stop's pay-on-delivery orders still owe, and is
 * shared among them (whole orders first, by order number).
 */
export const validateStopCompletionStep = createStep("validate-delivery-stop-completion", async (input: CompleteStopInput, { container }) => {
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const [stop] = await service.listDeliveryStops({ id: input.stop_id, round_id: input.round_id }, { take: 1, relations: ["orders"] })
  if (!stop) throw refusal(MedusaError.Types.NOT_FOUND, "stop_not_found", `Stop ${input.stop_id} was not found in this round`, "stop_id")
  const round = await service.retrieveDeliveryRound(input.round_id)
  if (round.status !== "in_progress") {
    throw refusal(MedusaError.Types.NOT_ALLOWED, "round_not_in_progress", `Stops can be completed only while the round is in progress (it is ${round.status})`)
  }
  if (!canCompleteStop(round.status, stop.status, input.outcome)) {
    throw refusal(MedusaError.Types.NOT_ALLOWED, "stop_already_completed", `This stop is already ${stop.status}`)
  }
  if (stop.status === "failed" && !canDeliverAgain(round.status, stop.status, liveStopOrders(stop as any))) {
    if (liveStopOrders(stop as any).some((o) => o.rerouted_at)) {
      throw refusal(MedusaError.Types.NOT_ALLOWED, "order_rerouted", "This order now rides a later round: it stays at the hub")
    }
    throw refusal(MedusaError.Types.NOT_ALLOWED, "order_already_delivered", "The resident has already collected this order at the hub")
  }
  if (input.outcome === "failed" && !input.note?.trim()) {
    throw refusal(MedusaError.Types.INVALID_DATA, "note_required", "note: say why the delivery failed", "note")
  }
  const amount = input.amount_collected ?? null
  if (input.outcome !== "delivered" && amount !== null) {
    throw refusal(MedusaError.Types.INVALID_DATA, "amount_not_collectable", "amount_collected: a stop that was not delivered collects nothing (leave the amount out)", "amount_collected")
  }

  const rows = liveStopOrders(stop as any)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = rows.length
    ? await query.graph({ entity: "order", fields: ["id", "display_id", ...CASH_ORDER_FIELDS], filters: { id: rows.map((r) => r.order_id) } })
    : { data: [] as any[] }
  const owed = [...orders]
    .sort((a: any, b: any) => a.display_id - b.display_id)
    .map((o: any) => ({ order_id: o.id as string, owed: cashToCollect(o) }))
  const due = owed.reduce((n, o) => n + o.owed, 0)
  if (amount !== null && amount > due) {
    throw refusal(MedusaError.Types.INVALID_DATA, "amount_over_due", `amount_collected: ${amount} cents is more than the ${due} cents to collect at this stop`, "amount_collected")
  }
  const rowOf = new Map(rows.map((r) => [r.order_id, r]))
  const children = await childOrderIdsOf(container, rows.map((r) => r.id))
  const others = (await service.listDeliveryStops({ round_id: input.round_id }, { take: null, relations: ["orders"] }))
    .filter((s) => s.id !== stop.id)
    .map((s) => ({ status: s.status as string, orders: liveStopOrders(s as any) }))
  return new StepResponse<CheckedStopCompletion>({
    stop_id: stop.id,
    orders: rows.map((r) => ({ order_id: r.order_id, child_order_ids: children.get(r.id)! })),
    second_pass: stop.status === "failed",
    note: input.note?.trim() || (stop.status === "failed" ? stop.note ?? null : null),
    amount_collected: amount,
    cash: shareCash(amount ?? 0, owed).map((share) => ({ stop_order_id: rowOf.get(share.order_id)!.id, ...share })),
    last_stop: input.outcome === "delivered" && everyDoorSettled(round.status, others),
  })
})
