import { ROUND_TIME_ZONE } from "./round-dates"

export const PROVIDER_ID = "delivery-rounds_rounds"

export type RoundForOptions = {
  id: string
  name?: string | null
  status: string
  starts_at: Date | string
  ends_at: Date | string
  delivery_fee: number
  zone_ids: string[]
  pickup_point_ids: string[]
}
export type PickupPointForOptions = { id: string; name: string }

/** What a shipping option of a round says in its data. */
export type RoundOptionData = { id: "delivery-round" | "pickup-point"; round_id: string; pickup_point_id?: string }

export type DesiredOption = {
  key: string
  name: string
  code: string
  description: string
  /** Major units, as Medusa prices are stored. */
  amount: number
  data: RoundOptionData
}

/** "gio 26 nov, 17:00–20:00" in Rome time: how a resident recognises the slot. */
export function slotLabel(starts_at: Date | string, ends_at: Date | string, locale = "it-IT"): string {
  const day = new Intl.DateTimeFormat(locale, { timeZone: ROUND_TIME_ZONE, weekday: "short", day: "numeric", month: "short" })
  const time = new Intl.DateTimeFormat(locale, { timeZone: ROUND_TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
  return `${day.format(new Date(starts_at))}, ${time.format(new Date(starts_at))}–${time.format(new Date(ends_at))}`
}

export const optionKey = (data: RoundOptionData) => `${data.round_id}:${data.pickup_point_id ?? "home"}`

// Orders placed in a round are fulfilled through its options until the round is over, so a round
// closed at cutoff keeps them (checkout refuses them: see the workflow hooks); only the end removes them.
const FINISHED = ["completed", "cancelled"]

/**
 * The shipping options a round has: home delivery at the round's fee (when it serves zones) and
 * one free collection slot per pickup point, until the round is completed or cancelled.
 */
export function desiredRoundOptions(round: RoundForOptions, pickupPoints: PickupPointForOptions[]): DesiredOption[] {
  if (FINISHED.includes(round.status)) return []
  const slot = slotLabel(round.starts_at, round.ends_at)
  const options: DesiredOption[] = []
  if (round.zone_ids.length) {
    const data: RoundOptionData = { id: "delivery-round", round_id: round.id }
    options.push({
      key: optionKey(data),
      name: `Consegna a casa · ${slot}`,
      code: `round-home-${round.id}`,
      description: `${round.name ?? "Giro di consegna"}: un solo giro porta a casa tutto il carrello.`,
      amount: round.delivery_fee / 100,
      data,
    })
  }
  for (const pointId of round.pickup_point_ids) {
    const point = pickupPoints.find((p) => p.id === pointId)
    if (!point) continue
    const data: RoundOptionData = { id: "pickup-point", round_id: round.id, pickup_point_id: point.id }
    options.push({
      key: optionKey(data),
      name: `Ritiro: ${point.name} · ${slot}`,
      code: `round-pickup-${round.id}-${point.id}`,
      description: `Ritiri tu da ${point.name}, senza costi di consegna.`,
      amount: 0,
      data,
    })
  }
  return options
}
