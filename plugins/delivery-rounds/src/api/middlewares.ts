import { defineMiddlewares } from "@medusajs/framework/http"
import { emailpassThrottleRoutes, sessionRoutes, ownPasswordRoute, apiErrorHandler, pathGuard, residentOrderOnly, searchFacet, throttle, typedAmounts, validateAndTransformBody, validateAndTransformQuery, signedIn } from "@rbv/kit"
import { unavailableForNextRound } from "./utils/next-round-facet"
import {
  AdminCreateDeliveryRound,
  AdminDeliveryRoundStatus,
  AdminListDeliveryRounds,
  AdminUpdateDeliveryRound,
} from "./admin/delivery-rounds/validators"
import { AdminCreateDeliveryZone, AdminUpdateDeliveryZone } from "./admin/delivery-zones/validators"
import { AdminRecordHubCollection, AdminRerouteOrder } from "./admin/orders/validators"
import { AdminCreatePickupPoint, AdminUpdatePickupPoint } from "./admin/pickup-points/validators"
import { AdminCreateRoundTemplate, AdminGenerateRounds } from "./admin/round-templates/validators"
import { AdminCreateVolunteer, AdminUpdateVolunteer } from "./admin/volunteers/validators"
import { LogisticsAcceptInvite, LogisticsCompleteStop, LogisticsPlanRound, NoBody } from "./logistics/validators"
import { StoreListDeliveryRounds } from "./store/delivery-rounds/validators"
import { StoreCreateBasket, StoreSkipBasketRound, StoreUpdateBasket } from "./store/baskets/validators"
import { VendorCreateBatchLimit, VendorUpdateBatchLimit } from "./vendor/batch-limits/validators"
import { VendorSetRoundMinimum } from "./vendor/round-minimum/validators"
import { requireActiveVolunteer } from "./utils/active-volunteer"
import { requireRoundCheckout, validateRoundShippingChoice } from "./utils/round-cart-guards"
import { tellResidentOnAdminCancel } from "./utils/tell-resident-on-admin-cancel"
import { doorCashCapture } from "./utils/door-cash-capture"

// A registered login without a volunteer yet may only accept its invite.
const INVITE = /^\/logistics\/invites\/accept\/?(\?.*)?$/
const volunteerAuth = signedIn("volunteer", ["bearer", "session"])
const vendorAuth = signedIn("vendor", ["bearer", "session"])
const customerAuth = signedIn("customer", ["session", "bearer"])
const inviteAuth = signedIn("volunteer", ["bearer", "session"], { allowUnregistered: true })

export default defineMiddlewares({
  errorHandler: apiErrorHandler(),
  routes: [
    // A path that cannot name anything (NUL, bad percent-encoding, 10 kB segments) is a 400 before any route reads it.
    // "/" (no method, no parameter) is mounted before every other middleware and decodes nothing
    // itself; a "/*" wildcard is decoded by the router, which is where bad encoding throws.
    { matcher: "/", middlewares: [pathGuard] },
    ...emailpassThrottleRoutes("volunteer"),
    ...sessionRoutes(["/logistics"]),
    {
      matcher: "/logistics/*",
      middlewares: [
        (req, res, next) => (INVITE.test(req.originalUrl ?? req.url) ? inviteAuth(req as any, res, next) : volunteerAuth(req as any, res, next)),
        (req, res, next) => (INVITE.test(req.originalUrl ?? req.url) ? next() : requireActiveVolunteer(req as any, res, next)),
      ],
    },
    // The vendors plugin authenticates every /vendor/* route; this one only reads the actor id.
    { matcher: "/vendor/delivery-rounds", method: ["GET"], middlewares: [vendorAuth] },
    { matcher: "/vendor/batch-limits", method: ["GET"], middlewares: [vendorAuth] },
    { matcher: "/vendor/batch-limits", method: ["POST"], middlewares: [vendorAuth, validateAndTransformBody(VendorCreateBatchLimit)] },
    { matcher: "/vendor/batch-limits/:id", method: ["POST"], middlewares: [vendorAuth, validateAndTransformBody(VendorUpdateBatchLimit)] },
    { matcher: "/vendor/batch-limits/:id", method: ["DELETE"], middlewares: [vendorAuth] },
    { matcher: "/vendor/round-minimum", method: ["GET"], middlewares: [vendorAuth] },
    { matcher: "/vendor/round-minimum", method: ["POST"], middlewares: [vendorAuth, validateAndTransformBody(VendorSetRoundMinimum)] },
    {
      matcher: "/logistics/invites/accept",
      method: ["POST"],
      middlewares: [throttle({ name: "invite:volunteer", account: (req) => req.body?.token }), validateAndTransformBody(LogisticsAcceptInvite)],
    },
    ownPasswordRoute("/logistics/me/password", "volunteer"),
    { matcher: "/logistics/rounds/:id/plan", method: ["POST"], middlewares: [validateAndTransformBody(LogisticsPlanRound)] },
    { matcher: "/logistics/rounds/:id/start", method: ["POST"], middlewares: [validateAndTransformBody(NoBody)] },
    { matcher: "/logistics/rounds/:id/finish", method: ["POST"], middlewares: [validateAndTransformBody(NoBody)] },
    { matcher: "/logistics/rounds/:id/stops/:stop_id/complete", method: ["POST"], middlewares: [validateAndTransformBody(LogisticsCompleteStop)] },
    { matcher: "/admin/volunteers", method: ["POST"], middlewares: [validateAndTransformBody(AdminCreateVolunteer)] },
    { matcher: "/admin/volunteers/:id", method: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateVolunteer)] },
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
    // "Disponibile per il prossimo giro" in the store search (@rbv/vendors' GET /store/search).
    { matcher: "/store/search", method: ["GET"], middlewares: [searchFacet("next_round", (req) => unavailableForNextRound((req as any).scope))] },
    { matcher: "/store/delivery-rounds/orders", method: ["GET"], middlewares: [signedIn("customer", ["session", "bearer"])] },
    { matcher: "/store/delivery-rounds/orders/:order_id", method: ["GET"], middlewares: [residentOrderOnly((req) => req.params.order_id)] },
    { matcher: "/store/delivery-rounds/orders/:order_id/cancel", method: ["POST"], middlewares: [residentOrderOnly((req) => req.params.order_id), validateAndTransformBody(NoBody)] },
    { matcher: "/store/delivery-rounds/carts/:id/complete", method: ["POST"], middlewares: [validateAndTransformBody(NoBody)] },
    { matcher: "/store/delivery-rounds/carts/:id/recheck-choice", method: ["POST"], middlewares: [validateAndTransformBody(NoBody)] },
    // A resident's weekly baskets (spesa fissa): their own only.
    { matcher: "/store/baskets*", middlewares: [customerAuth] },
    { matcher: "/store/baskets", method: ["POST"], middlewares: [validateAndTransformBody(StoreCreateBasket)] },
    { matcher: "/store/baskets/:id", method: ["POST"], middlewares: [validateAndTransformBody(StoreUpdateBasket)] },
    { matcher: "/store/baskets/:id/skips", method: ["POST"], middlewares: [validateAndTransformBody(StoreSkipBasketRound)] },
    { matcher: "/store/baskets/:id/card-setups", method: ["POST"], middlewares: [validateAndTransformBody(NoBody)] },
    // A basket's order waiting for its resident to confirm the card payment (3-D Secure): theirs only.
    { matcher: "/store/basket-placements*", middlewares: [customerAuth] },
    { matcher: "/store/basket-placements/:id/confirm", method: ["POST"], middlewares: [validateAndTransformBody(NoBody)] },
    // The cards a resident saved for their baskets: their own only.
    { matcher: "/store/saved-cards*", middlewares: [customerAuth] },
    // Guards in front of Medusa's own cart routes (a core workflow hook slot would take the host shop's one).
    { matcher: "/store/carts/:id/shipping-methods", method: ["POST"], middlewares: [validateRoundShippingChoice] },
    { matcher: "/store/carts/:id/complete", method: ["POST"], middlewares: [requireRoundCheckout] },
    { matcher: "/admin/orders/:id/cancel", method: ["POST"], middlewares: [tellResidentOnAdminCancel] },
    { matcher: "/admin/payments/:id/capture", method: ["POST"], middlewares: [doorCashCapture] },
    { matcher: "/admin/orders/:id/delivery/hub-collection", method: ["POST"], middlewares: [typedAmounts({ amount_typed: "amount" }), validateAndTransformBody(AdminRecordHubCollection)] },
    { matcher: "/admin/orders/:id/delivery/reroute", method: ["POST"], middlewares: [validateAndTransformBody(AdminRerouteOrder)] },
  ],
})
