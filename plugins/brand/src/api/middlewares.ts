import { defineMiddlewares, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminCreateDisbursement } from "./admin/brand/fund/validators"

export default defineMiddlewares({
  routes: [{ matcher: "/admin/brand/fund/disbursements", method: ["POST"], middlewares: [validateAndTransformBody(AdminCreateDisbursement)] }],
})
