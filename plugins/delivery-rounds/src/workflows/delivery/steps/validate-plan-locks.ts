import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"
import type { PlanLock } from "../../../lib/route-plan"
import { refusal } from "@rbv/kit"

export const validatePlanLocksStepId = "validate-plan-locks"

/** A lock names a home stop of this round still to deliver, once per stop and position: anything else is a mistake to report, not to ignore. */
export const validatePlanLocksStep = createStep(validatePlanLocksStepId, async (input: { round_id: string; locks?: PlanLock[] }, { container }) => {
  const locks = input.locks ?? []
  if (!locks.length) return
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const stops = await service.listDeliveryStops({ round_id: input.round_id, kind: "home", status: "scheduled" }, { select: ["id"], take: null })
  const ids = new Set(stops.map((s) => s.id))
  const refuse = (message: string) => {
    throw refusal(MedusaError.Types.INVALID_DATA, "invalid_locks", `locks: ${message}`, "locks")
  }
  for (const lock of locks) {
    if (!ids.has(lock.stop_id)) refuse(`${lock.stop_id} is not a home stop of this round still to deliver`)
  }
  if (new Set(locks.map((l) => l.stop_id)).size < locks.length) refuse("a stop is locked twice")
  if (new Set(locks.map((l) => l.position)).size < locks.length) refuse("two stops are locked at the same position")
})
