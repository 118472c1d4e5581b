import { defineMiddlewares } from "@medusajs/framework/http"
import { pathErrorHandler, pathGuard } from "@rbv/kit"

// /admin/* is Medusa's: only signed-in coordinators reach the outbox routes.
export default defineMiddlewares({
  errorHandler: pathErrorHandler(),
  routes: [{ matcher: "/", middlewares: [pathGuard] }],
})
