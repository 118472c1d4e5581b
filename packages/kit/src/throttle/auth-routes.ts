import type { MiddlewareRoute } from "@medusajs/framework/http"
import { newPasswordPolicy } from "../password-policy"
import { endSessionsOnReset } from "../sessions"
import { throttle, type ThrottleRequest } from "./middleware"

const field = (name: string) => (req: ThrottleRequest) => req.body?.[name]

/**
 * The throttles, and a new login's password rule, for one actor type's e-mail + password routes
 * of Medusa's auth API (core routes: a plugin's middlewares.ts may add middlewares to them). Spread into `routes` by the
 * plugin that owns the actor type — each actor type in exactly one plugin, or counts double.
 */
export function emailpassThrottleRoutes(actorType: string): MiddlewareRoute[] {
  const base = `/auth/${actorType}/emailpass`
  return [
    { matcher: base, method: ["POST"], middlewares: [throttle({ name: `login:${actorType}`, account: field("email") })] },
    { matcher: `${base}/register`, method: ["POST"], middlewares: [throttle({ name: `register:${actorType}`, account: field("email"), count: "all" }), newPasswordPolicy] },
    // Asking for a reset link sends an e-mail each time: every request counts.
    { matcher: `${base}/reset-password`, method: ["POST"], middlewares: [throttle({ name: `reset:${actorType}`, account: field("identifier"), count: "all" })] },
    { matcher: `${base}/update`, method: ["POST"], middlewares: [throttle({ name: `reset-update:${actorType}`, account: field("email") }), newPasswordPolicy, endSessionsOnReset] },
  ]
}
