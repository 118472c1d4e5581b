import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AdminCreateDeliveryRound,
  AdminDeliveryRoundStatus,
  AdminListDeliveryRounds,
  AdminUpdateDeliveryRound,
} from "./admin/delivery-rounds/validators"
import { AdminCreateDeliveryZone, AdminUpdateDeliveryZone } from "./admin/delivery-zones/validators"
import { AdminCreatePickupPoint, AdminUpdatePickupPoint } from "./admin/pickup-points/validators"
import { AdminCreateRoundTemplate, AdminGenerateRounds } from "./admin/round-templates/validators"
import { StoreListDeliveryRounds } from "./store/delivery-rounds/validators"

export default defineMiddlewares({
  routes: [
    { matcher: "/admin/delivery-zones", method: ["POST"], middlewares: [validateAndTransformBody(AdminCreateDeliveryZone)] },
    { matcher: "/admin/delivery-zones/:id", method: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateDeliveryZone)] },
    { matcher: "/admin/pickup-points", method: ["POST"], middlewares: [validateAndTransformBody(AdminCreatePickupPoint)] },
    { matcher: "/admin/pickup-points/:id", method: ["POST"], middlewares: [validateAndTransformBody(AdminUpdatePickupPoint)] },
    { matcher: "/admin/delivery-rounds", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListDeliveryRounds, {})] },
    { matcher: "/admin/delivery-rounds", method: ["POST"], middlewares: [validateAndTransformBody(AdminCreateDeliveryRound)] },
    { matcher: "/admin/delivery-rounds/:id", method: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateDeliveryRound)] },
    { matcher: "/admin/delivery-rounds/:id/status", method: ["POST"], middlewares: [validateAndTransformBody(AdminDeliveryRoundStatus)] },
    { matcher: "/admin/round-templates", method: ["POST"], middlewares: [validateAndTransformBody(AdminCreateRoundTemplate)] },
    { matcher: "/admin/round-templates/:id/generate", method: ["POST"], middlewares: [validateAndTransformBody(AdminGenerateRounds)] },
    { matcher: "/store/delivery-rounds", method: ["GET"], middlewares: [validateAndTransformQuery(StoreListDeliveryRounds, {})] },
  ],
})
