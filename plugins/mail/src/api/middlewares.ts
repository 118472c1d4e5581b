import { defineMiddlewares } from "@medusajs/framework/http"
import { apiErrorHandler, pathGuard } from "@rbv/kit"

// /admin/* is Medusa's: only signed-in coordinators reach the outbox routes.
export default defineMiddlewares({
  errorHandler: apiErrorHandler(),
  routes: [{ matcher: "/", middlewares: [pathGuard] }],
})
