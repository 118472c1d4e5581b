import { defineMiddlewares, type MiddlewareFunction } from "@medusajs/framework/http"
import { emailpassThrottleRoutes, sessionRoutes, ownPasswordRoute, apiErrorHandler, pathGuard, residentOrderOnly, throttle, typedAmounts, validateAndTransformBody, validateAndTransformQuery, signedIn } from "@rbv/kit"
import { AdminListVendors, AdminSetCommissionPolicy, AdminUpdateVendor, AdminVendorStatusChange } from "./admin/vendors/validators"
import { imageUpload } from "./utils/image-upload"
import { weighedAuthorisation } from "./utils/weighed-authorisation"
import { boundedCapture } from "./utils/bounded-capture"
import { hidePartsFromOrderList } from "./utils/hide-parts-from-order-list"
import { releasePartOnAdminCancel } from "./utils/release-part-on-admin-cancel"
import { notOnAPart } from "./utils/refuse-on-part"
import { securityHeaders } from "./utils/security-headers"
import { withProductVendor } from "./utils/product-vendor-fields"
import { loadVendorContext, requireOwner } from "./utils/vendor-context"
import {
  CancelVendorOrder,
  NoBody,
  VendorRecordWeights,
  VendorAcceptInvite,
  VendorApply,
  VendorCreateInvite,
  VendorCreateProduct,
  VendorCreateVariant,
  VendorListProducts,
  VendorOrdersQuery,
  VendorSetStock,
  VendorStatementQuery,
  VendorUpdateMe,
  VendorUpdateProduct,
  VendorUpdateVariant,
} from "./vendor/validators"
import { StoreSearchProducts } from "./store/search/validators"
import { AdminListPayouts, AdminRecordCash, VendorSetBankDetails, VendorStartOnboarding } from "./vendor/payouts/validators"

// Applying and accepting an invite happen before the login belongs to a shop.
const ONBOARDING = /^\/vendor\/(applications|invites\/accept)\/?(\?.*)?$/
const vendorAuth = signedIn("vendor", ["bearer", "session"])
const unlessOnboarding =
  (middleware: MiddlewareFunction): MiddlewareFunction =>
  (req, res, next) =>
    ONBOARDING.test(req.originalUrl) ? next() : middleware(req, res, next)
const onboardingAuth = signedIn("vendor", ["bearer", "session"], { allowUnregistered: true })

export default defineMiddlewares({
  errorHandler: apiErrorHandler(),
  routes: [
    // A path that cannot name anything (NUL, bad percent-encoding, 10 kB segments) is a 400 before any route reads it.
    // "/" (no method, no parameter) is mounted before every other middleware and decodes nothing
    // itself; a "/*" wildcard is decoded by the router, which is where bad encoding throws.
    { matcher: "/", middlewares: [pathGuard] },
    { matcher: "/*", middlewares: [securityHeaders] },

    // Logins, registrations and password resets: makers, and — as the marketplace's own plugin —
    // Medusa's residents (customer) and coordinators (user). Volunteers: @rbv/delivery-rounds.
    ...emailpassThrottleRoutes("vendor"),
    ...emailpassThrottleRoutes("customer"),
    ...emailpassThrottleRoutes("user"),
    // A token issued before its login's password changed (or was reset) is refused.
    ...sessionRoutes(["/store", "/vendor", "/admin"]),
    { matcher: "/admin/invites/accept", method: ["POST"], middlewares: [throttle({ name: "invite:user", account: (req) => req.query?.token })] },

    { matcher: "/vendor/applications", method: ["POST"], middlewares: [throttle({ name: "apply:vendor", count: "all" }), onboardingAuth, validateAndTransformBody(VendorApply)] },
    { matcher: "/vendor/invites/accept", method: ["POST"], middlewares: [throttle({ name: "invite:vendor", account: (req) => req.body?.token }), onboardingAuth, validateAndTransformBody(VendorAcceptInvite)] },
    { matcher: "/vendor/*", middlewares: [unlessOnboarding(vendorAuth), unlessOnboarding(loadVendorContext)] },

    { matcher: "/vendor/me", method: ["POST"], middlewares: [validateAndTransformBody(VendorUpdateMe)] },
    ownPasswordRoute("/vendor/me/password", "vendor"),
    ownPasswordRoute("/store/account/password", "customer"),
    { matcher: "/vendor/products", method: ["GET"], middlewares: [validateAndTransformQuery(VendorListProducts, {})] },
    { matcher: "/vendor/products", method: ["POST"], middlewares: [validateAndTransformBody(VendorCreateProduct)] },
    { matcher: "/vendor/products/:id", method: ["POST"], middlewares: [validateAndTransformBody(VendorUpdateProduct)] },
    { matcher: "/vendor/products/:id/stock", method: ["POST"], middlewares: [validateAndTransformBody(VendorSetStock)] },
    { matcher: "/vendor/products/:id/variants", method: ["POST"], middlewares: [validateAndTransformBody(VendorCreateVariant)] },
    { matcher: "/vendor/products/:id/variants/:variant_id", method: ["POST"], middlewares: [validateAndTransformBody(VendorUpdateVariant)] },
    { matcher: "/vendor/products/:id/archive", method: ["POST"], middlewares: [validateAndTransformBody(NoBody)] },
    { matcher: "/vendor/products/:id/restore", method: ["POST"], middlewares: [validateAndTransformBody(NoBody)] },
    { matcher: "/vendor/uploads", method: ["POST"], bodyParser: false, middlewares: [imageUpload] },
    { matcher: "/vendor/orders", method: ["GET"], middlewares: [validateAndTransformQuery(VendorOrdersQuery, {})] },
    { matcher: "/vendor/orders/:id/cancel", method: ["POST"], middlewares: [validateAndTransformBody(CancelVendorOrder)] },
    { matcher: "/vendor/orders/:id/ready", method: ["POST", "DELETE"], middlewares: [validateAndTransformBody(NoBody)] },
    { matcher: "/vendor/orders/:id/weights", method: ["POST"], middlewares: [validateAndTransformBody(VendorRecordWeights)] },
    { matcher: "/vendor/invites", method: ["POST"], middlewares: [requireOwner, validateAndTransformBody(VendorCreateInvite)] },
    { matcher: "/vendor/members/:id", method: ["DELETE"], middlewares: [requireOwner] },
    { matcher: "/vendor/statement", method: ["GET"], middlewares: [validateAndTransformQuery(VendorStatementQuery, {})] },
    { matcher: "/vendor/statement/csv", method: ["GET"], middlewares: [validateAndTransformQuery(VendorStatementQuery, {})] },

    { matcher: "/vendor/payouts/bank-details", method: ["POST"], middlewares: [requireOwner, validateAndTransformBody(VendorSetBankDetails)] },
    { matcher: "/vendor/stripe/onboarding", method: ["POST"], middlewares: [requireOwner, validateAndTransformBody(VendorStartOnboarding)] },

    // A resident's order is theirs alone (Medusa lets any holder of its id read it).
    { matcher: "/store/orders/:id", method: ["GET"], middlewares: [residentOrderOnly((req) => req.params.id)] },
    { matcher: "/store/orders/:id/weighing", method: ["GET"], middlewares: [residentOrderOnly((req) => req.params.id)] },
    { matcher: "/store/payment-collections/:id/payment-sessions", method: ["POST"], middlewares: [weighedAuthorisation] },
    { matcher: "/store/orders/:id/transfer/*", method: ["POST"], middlewares: [residentOrderOnly((req) => req.params.id)] },
    { matcher: "/store/returns", method: ["POST"], middlewares: [residentOrderOnly((req) => (req.body as { order_id?: unknown } | undefined)?.order_id)] },
    { matcher: "/store/products", method: ["GET"], middlewares: [withProductVendor] },
    { matcher: "/store/products/:id", method: ["GET"], middlewares: [withProductVendor] },
    { matcher: "/store/search", method: ["GET"], middlewares: [validateAndTransformQuery(StoreSearchProducts, {})] },

    { matcher: "/admin/vendors", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListVendors, {})] },
    // Rates typed in the admin (a percentage, by the admin's language) are read by @rbv/kit's typedAmounts.
    { matcher: "/admin/vendors/:id", method: ["POST"], middlewares: [typedAmounts({ commission_rate_typed: "commission_rate_bps" }), validateAndTransformBody(AdminUpdateVendor)] },
    { matcher: "/admin/vendors/:id/:action", method: ["POST"], middlewares: [validateAndTransformBody(AdminVendorStatusChange)] },
    { matcher: "/admin/vendor-orders/:id/cancel", method: ["POST"], middlewares: [validateAndTransformBody(CancelVendorOrder)] },
    { matcher: "/admin/commission-policy", method: ["POST"], middlewares: [typedAmounts({ default_rate_typed: "default_rate_bps" }), validateAndTransformBody(AdminSetCommissionPolicy)] },
    { matcher: "/admin/payouts", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListPayouts, {})] },
    { matcher: "/admin/payouts/run", method: ["POST"], middlewares: [validateAndTransformBody(NoBody)] },
    { matcher: "/admin/payouts/bank-batches", method: ["POST"], middlewares: [validateAndTransformBody(NoBody)] },
    { matcher: "/admin/orders/:id/cash-collection", method: ["POST"], middlewares: [validateAndTransformBody(AdminRecordCash)] },
    // Medusa's own capture: never before the weighing, never more than is due.
    { matcher: "/admin/payments/:id/capture", method: ["POST"], middlewares: [boundedCapture] },
    { matcher: "/admin/orders/:id/cancel", method: ["POST"], middlewares: [releasePartOnAdminCancel] },
    // Medusa's other order actions do not apply to a maker's part: it is paid, stocked and delivered through its
    // resident's order (lib/part-of-order).
    ...[
      "/admin/orders/:id",
      "/admin/orders/:id/archive",
      "/admin/orders/:id/complete",
      "/admin/orders/:id/credit-lines",
      "/admin/orders/:id/transfer",
      "/admin/orders/:id/fulfillments",
      "/admin/orders/:id/fulfillments/:fulfillment_id/cancel",
      "/admin/orders/:id/fulfillments/:fulfillment_id/shipments",
      "/admin/orders/:id/fulfillments/:fulfillment_id/mark-as-delivered",
    ].map((matcher) => ({ matcher, method: "POST" as const, middlewares: [notOnAPart("param")] })),
    ...["/admin/order-edits", "/admin/returns", "/admin/claims", "/admin/exchanges", "/admin/payment-collections"].map((matcher) => ({
      matcher,
      method: "POST" as const,
      middlewares: [notOnAPart("body")],
    })),
    { matcher: "/admin/reservations", method: ["POST"], middlewares: [notOnAPart("lineItem")] },
    { matcher: "/admin/orders", method: ["GET"], middlewares: [hidePartsFromOrderList] },
    { matcher: "/admin/orders/export", method: ["POST"], middlewares: [hidePartsFromOrderList] },
    // Who asks for a stored file: a private one (an export) is a coordinator's only, from the admin's session.
    { matcher: "/static/:key", method: ["GET"], middlewares: [signedIn("user", ["session", "bearer"], { allowUnauthenticated: true })] },

    // Stripe signs the exact bytes it sent: keep them for the signature check.
    { matcher: "/hooks/stripe/connect", method: ["POST"], bodyParser: { preserveRawBody: true }, middlewares: [] },
  ],
})
