import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

type Window = { failures: number; resetAt: number }

/**
 * Counts failed logins per address and e-mail; after `max` failures within `windowMs` the
 * next attempts get 429 until the window passes. In memory: per server instance.
 */
export function loginRateLimit({ max = 5, windowMs = 15 * 60_000 } = {}) {
  const windows = new Map<string, Window>()
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const email = String((req.body as { email?: unknown } | undefined)?.email ?? "").toLowerCase()
    const key = `${req.ip}|${email}`
    const now = Date.now()
    const current = windows.get(key)
    if (current && current.resetAt <= now) windows.delete(key)
    const window = windows.get(key)
    if (window && window.failures >= max) {
      res.setHeader("Retry-After", Math.ceil((window.resetAt - now) / 1000))
      return res.status(429).json({ type: "too_many_requests", message: "Too many failed logins: try again in a few minutes" })
    }
    res.on("finish", () => {
      if (res.statusCode === 401) {
        const w = windows.get(key) ?? { failures: 0, resetAt: Date.now() + windowMs }
        w.failures += 1
        windows.set(key, w)
      } else if (res.statusCode < 300) {
        windows.delete(key)
      }
    })
    next()
  }
}
