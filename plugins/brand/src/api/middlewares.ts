import { applyLocale, defineMiddlewares } from "@medusajs/framework/http"
import { searchFacet, throttle, type ThrottleRequest, signedIn } from "@rbv/kit"
import { certifiedProductIds } from "./utils/certified-products"
import { AdminCreateDisbursement } from "./admin/brand/fund/validators"
import { AdminAssignVoucher, AdminReviewCertification, AdminSaveCharter, AdminSetFundPolicy, NoBody } from "./admin/brand/validators"
import { StoreRedeemVoucher, StoreSetRoundUp } from "./store/brand/validators"
import { variantBreakdownsFromBrandRows, withProductBrand } from "./utils/product-brand-fields"
import { VendorSetProductClaim, VendorSubmitAdherence } from "./vendor/brand/validators"
import { apiErrorHandler, pathGuard, typedAmounts, validateAndTransformBody } from "@rbv/kit"

const voucherCode = (req: ThrottleRequest) => req.body?.code

export default defineMiddlewares({
  errorHandler: apiErrorHandler(),
  routes: [
    // A path that cannot name anything (NUL, bad percent-encoding, 10 kB segments) is a 400 before any route reads it.
    // "/" (no method, no parameter) is mounted before every other middleware and decodes nothing
    // itself; a "/*" wildcard is decoded by the router, which is where bad encoding throws.
    { matcher: "/", middlewares: [pathGuard] },
    { matcher: "/admin/brand/fund/disbursements", method: ["POST"], middlewares: [typedAmounts({ amount_typed: "amount" }), validateAndTransformBody(AdminCreateDisbursement)] },
    { matcher: "/admin/brand/fund/policy", method: ["POST"], middlewares: [typedAmounts({ share_typed: "share_bps" }), validateAndTransformBody(AdminSetFundPolicy)] },
    { matcher: "/admin/brand/charters", method: ["POST"], middlewares: [validateAndTransformBody(AdminSaveCharter)] },
    { matcher: "/admin/brand/charters/:id/publish", method: ["POST"], middlewares: [validateAndTransformBody(NoBody)] },
    { matcher: "/admin/brand/certifications/:id/:action", method: ["POST"], middlewares: [validateAndTransformBody(AdminReviewCertification)] },
    { matcher: "/admin/brand/vouchers/:id/assign", method: ["POST"], middlewares: [validateAndTransformBody(AdminAssignVoucher)] },
    // Voucher codes are short: guessing them is throttled per client and per code.
    { matcher: "/admin/brand/vouchers/redeem", method: ["POST"], middlewares: [throttle({ name: "voucher:admin", account: voucherCode }), validateAndTransformBody(StoreRedeemVoucher)] },

    { matcher: "/vendor/brand/*", middlewares: [signedIn("vendor", ["bearer", "session"])] },
    // Medusa resolves `x-medusa-locale` on /store only; the maker reads the charter in its own language too.
    { matcher: "/vendor/brand/adherence", middlewares: [applyLocale] },
    { matcher: "/vendor/brand/adherence", method: ["POST"], middlewares: [validateAndTransformBody(VendorSubmitAdherence)] },
    { matcher: "/vendor/brand/products/:id", method: ["POST"], middlewares: [validateAndTransformBody(VendorSetProductClaim)] },

    { matcher: "/store/brand/round-up", method: ["POST"], middlewares: [validateAndTransformBody(StoreSetRoundUp)] },
    { matcher: "/store/brand/vouchers/redeem", method: ["POST"], middlewares: [throttle({ name: "voucher:store", account: voucherCode }), validateAndTransformBody(StoreRedeemVoucher)] },
    { matcher: "/store/products", method: ["GET"], middlewares: [withProductBrand, variantBreakdownsFromBrandRows] },
    { matcher: "/store/products/:id", method: ["GET"], middlewares: [withProductBrand, variantBreakdownsFromBrandRows] },
    // "Con il marchio" in the store search (@rbv/vendors' GET /store/search).
    { matcher: "/store/search", method: ["GET"], middlewares: [searchFacet("brand", (req) => certifiedProductIds((req as any).scope))] },
  ],
})
