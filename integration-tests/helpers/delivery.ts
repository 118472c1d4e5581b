// Delivery rounds through the HTTP API, as the coordinators and the checkout use them.
import { VERONETTA_ADDRESS } from "./checkout"

type Api = {
  get: (url: string, config?: unknown) => Promise<{ data: any; status: number }>
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any; status: number }>
}
type Headers = { headers: Record<string, string> }

export const MILANO_ADDRESS = { ...VERONETTA_ADDRESS, address_1: "Via Dante 7", postal_code: "20121", city: "Milano", province: "MI" }

/** An empty cart whose shipping address is already set (what checkout has after the address step). */
export async function cartAt(api: Api, store: Headers, regionId: string, address: Record<string, unknown>) {
  const { data } = await api.post("/store/carts", { region_id: regionId }, store)
  await api.post(`/store/carts/${data.cart.id}`, { shipping_address: address }, store)
  return data.cart.id as string
}

/** A round body starting `days` from now (17:00–20:00 UTC-ish), cutoff a day before. */
export function roundBody(zoneIds: string[], days = 3, overrides: Record<string, unknown> = {}) {
  const start = new Date(Date.now() + days * 86_400_000)
  start.setUTCHours(16, 0, 0, 0)
  return {
    name: "Giro di prova",
    starts_at: start.toISOString(),
    ends_at: new Date(start.getTime() + 3 * 3_600_000).toISOString(),
    cutoff_at: new Date(start.getTime() - 86_400_000).toISOString(),
    max_drops: 10,
    vehicle_profile: "cargo_bike",
    collection_mode: "hub_dropoff",
    delivery_fee: 300,
    zone_ids: zoneIds,
    ...overrides,
  }
}

export async function zonesByName(api: Api, admin: Headers) {
  const { data } = await api.get("/admin/delivery-zones", admin)
  return Object.fromEntries(data.delivery_zones.map((z: any) => [z.name, z.id])) as Record<string, string>
}

/** A coordinator invites a volunteer, who registers with the invite and logs in. */
export async function volunteerWithLogin(api: Api, admin: Headers, name: string, email: string, role: "rider" | "planner" = "rider") {
  const { data: invited } = await api.post("/admin/volunteers", { name, email, role }, admin)
  const { data: reg } = await api.post("/auth/volunteer/emailpass/register", { email, password: "buonvivere" })
  await api.post("/logistics/invites/accept", { token: invited.invite_token }, { headers: { authorization: `Bearer ${reg.token}` } })
  const { data: login } = await api.post("/auth/volunteer/emailpass", { email, password: "buonvivere" })
  return { id: invited.volunteer.id as string, headers: { headers: { authorization: `Bearer ${login.token}` } } }
}

const romeClock = (iso: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Rome", ...options }).format(new Date(iso))
const romeWeekday = (iso: string) => romeClock(iso, { weekday: "short" })
const romeTime = (iso: string) => romeClock(iso, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" })

/** A round's slot and cutoff as Verona's clock reads them: `{ day: "Thu", from: "17:00", to: "20:00", cutoff: "Tue 23:59" }`. */
export function romeSlot(round: { starts_at: string; ends_at: string; cutoff_at: string }) {
  return { day: romeWeekday(round.starts_at), from: romeTime(round.starts_at), to: romeTime(round.ends_at), cutoff: `${romeWeekday(round.cutoff_at)} ${romeTime(round.cutoff_at)}` }
}
