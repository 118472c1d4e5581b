import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

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
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "ends_at: the delivery window must end after it starts")
      }
      if (cutoff > starts) throw new MedusaError(MedusaError.Types.INVALID_DATA, "cutoff_at: the order cutoff must come before the round starts")
      if (dropoff !== null && dropoff > starts) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "dropoff_deadline: makers must drop off before the round starts")
      }
      if (current && round.max_drops !== undefined && round.max_drops < (current.drops_taken ?? 0)) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `max_drops: ${current.drops_taken} drops are already taken`)
      }
      await assertExist(service, round.zone_ids ?? [], round.pickup_point_ids ?? [])
      const volunteerIds = patch.volunteer_ids ?? []
      if (volunteerIds.length) {
        const found = await service.listVolunteers({ id: volunteerIds }, { take: null })
        const missing = volunteerIds.filter((id) => !found.some((v) => v.id === id))
        if (missing.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `volunteer_ids: unknown volunteer ${missing.join(", ")}`)
      }
    }
  }
)

export async function assertExist(service: DeliveryModuleService, zoneIds: string[], pickupIds: string[]) {
  if (zoneIds.length) {
    const zones = await service.listDeliveryZones({ id: zoneIds }, { take: null })
    const missing = zoneIds.filter((id) => !zones.some((z) => z.id === id))
    if (missing.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `zone_ids: unknown zone ${missing.join(", ")}`)
  }
  if (pickupIds.length) {
    const points = await service.listPickupPoints({ id: pickupIds }, { take: null })
    const missing = pickupIds.filter((id) => !points.some((p) => p.id === id))
    if (missing.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `pickup_point_ids: unknown pickup point ${missing.join(", ")}`)
  }
}
