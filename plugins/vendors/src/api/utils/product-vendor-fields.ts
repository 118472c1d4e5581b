import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

const VENDOR_FIELDS = ["vendor.id", "vendor.handle", "vendor.name"]

/**
 * Store product responses always say who made the product. Plugin middlewares on a core route
 * run after the core validated the query, so the vendor fields join the computed query config;
 * should the order ever flip, they are allowed and requested up front instead.
 */
export function withProductVendor(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (req.queryConfig?.fields) {
    for (const field of VENDOR_FIELDS) if (!req.queryConfig.fields.includes(field)) req.queryConfig.fields.push(field)
  } else {
    ;(req.allowed ??= []).push("vendor", "vendor.*")
    const fields = typeof req.query.fields === "string" ? req.query.fields : ""
    const extra = VENDOR_FIELDS.map((f) => `+${f}`).join(",")
    if (!fields.includes("vendor")) req.query.fields = fields ? `${fields},${extra}` : extra
  }
  next()
}
