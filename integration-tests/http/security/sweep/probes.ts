// Every request the sweep sends for one route: none of them may succeed or crash.
import type { Route } from "./routes"
import type { Caller, Entry } from "./table"
import type { Headers, World } from "./world"

type Actor = keyof World["as"]
export type Probe = { what: string; as: Actor; url: string; body?: unknown; field?: string }

// Who must never pass, by the kind of caller a route is for.
const WRONG: Record<Caller, Actor[]> = {
  admin: ["anonymous", "maker", "rider", "resident"],
  maker: ["anonymous", "admin", "rider", "resident", "applicant"],
  rider: ["anonymous", "admin", "maker", "resident", "volunteerApplicant"],
  planner: ["anonymous", "admin", "maker", "resident", "volunteerApplicant"],
  resident: ["guest", "maker", "rider"],
  guest: [],
  applicant: ["anonymous", "resident", "rider"],
  volunteerApplicant: ["anonymous", "resident", "maker"],
  webhook: ["anonymous"],
}
// Someone of the same kind, holding the caller's ids: another maker's shop, another rider's round.
const PEER: Partial<Record<Caller, Actor>> = { maker: "otherMaker", rider: "otherRider", resident: "otherResident" }

export const MALFORMED = ["%00", "x".repeat(10_000), "..%2F..%2Fadmin%2Fusers", "%E0%A4%A"]

const WRONG_TYPE = (value: unknown): unknown =>
  typeof value === "string" ? 12345 : typeof value === "number" ? "dodici" : typeof value === "boolean" ? "sì" : Array.isArray(value) ? "elenco" : value === null ? { nope: true } : 7

export function urlOf(route: Route, params: Record<string, string>, query?: Record<string, string>) {
  const path = route.path.replace(/:(\w+)/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`${route.key}: the table gives no value for :${name}`)
    return params[name]
  })
  return query ? `${path}?${new URLSearchParams(query)}` : path
}

export function probesFor(route: Route, entry: Entry, w: World): Probe[] {
  const own = entry.params?.(w) ?? {}
  const query = entry.query?.(w)
  const body = route.method === "POST" && !entry.multipart ? entry.body?.(w) ?? {} : undefined
  const url = urlOf(route, own, query)
  const probes: Probe[] = []
  for (const as of WRONG[entry.caller]) probes.push({ what: `as ${as}`, as, url, body })
  const peer = PEER[entry.caller]
  if (peer && route.params.length) probes.push({ what: `as ${peer} with ${entry.caller}'s ids`, as: peer, url, body })

  const caller: Actor = entry.caller === "webhook" ? "anonymous" : entry.caller
  for (const ids of entry.foreign?.(w) ?? []) probes.push({ what: `someone else's ids ${JSON.stringify(ids)}`, as: caller, url: urlOf(route, { ...own, ...ids }, query), body })
  for (const other of entry.foreignBodies?.(w) ?? []) probes.push({ what: `someone else's ids in the body ${JSON.stringify(other)}`, as: caller, url, body: other })
  for (const name of route.params) {
    for (const bad of [...MALFORMED, w.ids.wrongKind]) {
      probes.push({ what: `:${name} = ${bad.slice(0, 24)}${bad.length > 24 ? `… (${bad.length} chars)` : ""}`, as: caller, url: urlOf(route, { ...own, [name]: bad }, query), body })
    }
  }
  if (body && entry.caller !== "webhook") {
    probes.push({ what: "an unknown body field", as: caller, url, body: { ...body, zz_unknown_field: 1 }, field: "zz_unknown_field" })
    for (const [field, value] of Object.entries(body)) {
      probes.push({ what: `${field} of the wrong type`, as: caller, url, body: { ...body, [field]: WRONG_TYPE(value) }, field })
    }
  }
  return probes
}

export const headersOf = (w: World, actor: Actor): Headers => w.as[actor]
