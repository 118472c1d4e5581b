import { authenticate, defineMiddlewares, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminCreateDisbursement } from "./admin/brand/fund/validators"
import { AdminAssignVoucher, AdminReviewCertification, AdminSaveCharter, AdminSetFundPolicy, NoBody } from "./admin/brand/validators"
import { StoreRedeemVoucher, StoreSetRoundUp } from "./store/brand/validators"
import { withProductBrand } from "./utils/product-brand-fields"
import { VendorSetProductClaim, VendorSubmitAdherence } from "./vendor/brand/validators"
import { pathErrorHandler, pathGuard } from "@rbv/kit"

export default defineMiddlewares({
  errorHandler: pathErrorHandler(),
  routes: [
    // A path that cannot name anything (NUL, bad percent-encoding, 10 kB segments) is a 400 before any route reads it.
    // "/" (no method, no parameter) is mounted before every other middleware and decodes nothing
    // itself; a "/*" wildcard is decoded by the router, which is where bad encoding throws.
    { matcher: "/", middlewares: [pathGuard] },
    { matcher: "/admin/brand/fund/disbursements", method: ["POST"], middlewares: [validateAndTransformBody(AdminCreateDisbursement)] },
    { matcher: "/admin/brand/fund/policy", method: ["POST"], middlewares: [validateAndTransformBody(AdminSetFundPolicy)] },
    { matcher: "/admin/brand/charters", method: ["POST"], middlewares: [validateAndTransformBody(AdminSaveCharter)] },
    { matcher: "/admin/brand/charters/:id/publish", method: ["POST"], middlewares: [validateAndTransformBody(NoBody)] },
    { matcher: "/admin/brand/certifications/:id/:action", method: ["POST"], middlewares: [validateAndTransformBody(AdminReviewCertification)] },
    { matcher: "/admin/brand/vouchers/:id/assign", method: ["POST"], middlewares: [validateAndTransformBody(AdminAssignVoucher)] },
    { matcher: "/admin/brand/vouchers/redeem", method: ["POST"], middlewares: [validateAndTransformBody(StoreRedeemVoucher)] },

    { matcher: "/vendor/brand/*", middlewares: [authenticate("vendor", ["bearer", "session"])] },
    { matcher: "/vendor/brand/adherence", method: ["POST"], middlewares: [validateAndTransformBody(VendorSubmitAdherence)] },
    { matcher: "/vendor/brand/products/:id", method: ["POST"], middlewares: [validateAndTransformBody(VendorSetProductClaim)] },

    { matcher: "/store/brand/round-up", method: ["POST"], middlewares: [validateAndTransformBody(StoreSetRoundUp)] },
    { matcher: "/store/brand/vouchers/redeem", method: ["POST"], middlewares: [validateAndTransformBody(StoreRedeemVoucher)] },
    { matcher: "/store/products", method: ["GET"], middlewares: [withProductBrand] },
    { matcher: "/store/products/:id", method: ["GET"], middlewares: [withProductBrand] },
  ],
})
