import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"
import { refusal } from "@rbv/kit"

export type RoundShape = {
  id?: string
  starts_at?: Date | string
  ends_at?: Date | string
  cutoff_at?: Date | string
  dropoff_deadline?: Date | string | null
  zone_ids?: string[]
  pickup_point_ids?: string[]
  volunteer_ids?: string[] | null
  max_drops?: number
}

export const validateRoundReferencesStepId = "validate-delivery-round-references"

const time = (d: Date | string | null | undefined) => (d === null || d === undefined ? null : new Date(d).getTime())

/** Zones and pickup points exist; cutoff ≤ start < end; capacity not below drops already taken. */
export const validateRoundReferencesStep = createStep(
  validateRoundReferencesStepId,
  async (input: { rounds: RoundShape[] }, { container }) => {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    for (const patch of input.rounds) {
      const current = patch.id ? await service.retrieveDeliveryRound(patch.id) : null
      const round = { ...(current ?? {}), ...patch } as RoundShape & { drops_taken?: number }
      const [starts, ends, cutoff, dropoff] = [round.starts_at, round.ends_at, round.cutoff_at, round.dropoff_deadline].map(time)
      if (starts === null || ends === null || cutoff === null || ends <= starts) {
        throw refusal(MedusaError.Types.INVALID_DATA, "window_ends_before_start", "ends_at: the delivery window must end after it starts", "ends_at")
      }
      if (cutoff > starts) throw refusal(MedusaError.Types.INVALID_DATA, "cutoff_after_start", "cutoff_at: the order cutoff must come before the round starts", "cutoff_at")
      if (dropoff !== null && dropoff > starts) {
        throw refusal(MedusaError.Types.INVALID_DATA, "dropoff_after_start", "dropoff_deadline: makers must drop off before the round starts", "dropoff_deadline")
      }
      if (current && round.max_drops !== undefined && round.max_drops < (current.drops_taken ?? 0)) {
        throw refusal(MedusaError.Types.INVALID_DATA, "max_drops_below_taken", `max_drops: ${current.drops_taken} drops are already taken`, "max_drops")
      }
      // The round's current zones and points exist (foreign keys); only the ones the patch names are checked.
      await assertExist(service, patch.zone_ids ?? [], patch.pickup_point_ids ?? [])
      const volunteerIds = patch.volunteer_ids ?? []
      if (volunteerIds.length) {
        const found = await service.listVolunteers({ id: volunteerIds }, { take: null })
        const missing = volunteerIds.filter((id) => !found.some((v) => v.id === id))
        if (missing.length) throw refusal(MedusaError.Types.INVALID_DATA, "unknown_volunteer", `volunteer_ids: unknown volunteer ${missing.join(", ")}`, "volunteer_ids")
      }
    }
  }
)

export async function assertExist(service: DeliveryModuleService, zoneIds: string[], pickupIds: string[]) {
  if (zoneIds.length) {
    const zones = await service.listDeliveryZones({ id: zoneIds }, { take: null })
    const missing = zoneIds.filter((id) => !zones.some((z) => z.id === id))
    if (missing.length) throw refusal(MedusaError.Types.INVALID_DATA, "unknown_zone", `zone_ids: unknown zone ${missing.join(", ")}`, "zone_ids")
  }
  if (pickupIds.length) {
    const points = await service.listPickupPoints({ id: pickupIds }, { take: null })
    const missing = pickupIds.filter((id) => !points.some((p) => p.id === id))
    if (missing.length) throw refusal(MedusaError.Types.INVALID_DATA, "unknown_pickup_point", `pickup_point_ids: unknown pickup point ${missing.join(", ")}`, "pickup_point_ids")
  }
}
