import { FetchError } from "@medusajs/js-sdk"
import qs from "qs"

/** One refused field, as our API tells it. */
export type ApiFieldIssue = { code: string; field: string; message?: string }

/**
 * A refusal of the API with what its body says: `code` (stable, translated by the client),
 * `field` (the request path it is about) and `errors` (every refused field). Still a
 * `FetchError`, so code that only reads `status` keeps working.
 */
export class ApiError extends FetchError {
  code?: string
  field?: string
  errors?: ApiFieldIssue[]
  constructor(status: number, statusText: string, body: { message?: string; code?: string; field?: string; errors?: ApiFieldIssue[] }) {
    super(body.message ?? statusText, statusText, status)
    this.code = typeof body.code === "string" ? body.code : undefined
    this.field = typeof body.field === "string" ? body.field : undefined
    this.errors = Array.isArray(body.errors) ? body.errors : undefined
  }
}

/**
 * Where a request of the js-sdk goes: `path` under `baseUrl` (the admin's `backendUrl`, which may
 * be another origin and may carry a path of its own; "/" or "" is the page's own origin, as the
 * js-sdk reads it). Also the address of a link to the API (a CSV download), so it reaches the same
 * server as the page's own requests.
 */
export function apiUrl(baseUrl: string, path: string): URL {
  const base = new URL(baseUrl || "/", globalThis.location?.href)
  return new URL(`${base.pathname.replace(/\/$/, "")}/${path.replace(/^\//, "")}`, base.origin)
}

type Init = { method?: string; headers?: Record<string, string | null | undefined>; body?: unknown; query?: Record<string, unknown> } & Omit<RequestInit, "headers" | "body">

/**
 * A js-sdk client's `fetch_` (set it on `sdk.client.fetch_`), built as the js-sdk 2.21 builds its
 * requests — JSON in and out, the call's headers over the defaults, `query` encoded with qs,
 * the raw Response when the call does not accept JSON — except for errors: the js-sdk keeps only
 * an error body's `message` (medusajs/medusa#16770), and our refusals carry `code` and `field`
 * to translate. `credentials`: "include" for the admin (its session cookie), "omit" on a server.
 */
export function sdkFetch(baseUrl: string, defaults: Record<string, string>, credentials: RequestCredentials) {
  return async (input: string | URL | Request, init?: Init): Promise<any> => {
    const headers = new Headers({ "content-type": "application/json", accept: "application/json", ...defaults })
    for (const [key, value] of Object.entries(init?.headers ?? {})) {
      if (value === null) headers.delete(key)
      else if (value !== undefined) headers.set(key, value)
    }
    let url: string | URL | Request = input
    if (typeof input === "string" || input instanceof URL) {
      const full = apiUrl(baseUrl, input.toString())
      if (init?.query) full.search = qs.stringify({ ...Object.fromEntries(full.searchParams.entries()), ...init.query }, { skipNulls: true })
      url = full
    }
    const { query: _query, body, ...rest } = init ?? {}
    const json = headers.get("content-type")?.includes("application/json")
    const res = await fetch(url, {
      ...rest,
      headers,
      credentials,
      ...(body ? { body: (json ? JSON.stringify(body) : body) as BodyInit } : {}),
    })
    if (res.status >= 300) throw new ApiError(res.status, res.statusText, await res.json().catch(() => ({})))
    return headers.get("accept")?.includes("application/json") ? res.json() : res
  }
}
