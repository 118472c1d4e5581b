import { brandSteps } from "../../brand-module-steps"
import type { ProductClaimInput } from "./validate-product-claim"

export const upsertProductClaimStepId = "upsert-product-claim"

/** One claim per product: its maker's criteria and price parts, written over the last ones. */
export const upsertProductClaimStep = brandSteps.upsert(upsertProductClaimStepId, {
  find: async (service, input: ProductClaimInput) => (await service.listProductClaims({ product_id: input.product_id }, { take: 1 }))[0],
  fields: (input) => ({
    vendor_id: input.vendor_id,
    criteria: input.criteria as any,
    materials: input.parts?.materials ?? null,
    labour: input.parts?.labour ?? null,
    margin: null,
  }),
  key: (input) => ({ product_id: input.product_id }),
  create: (service, data) => service.createProductClaims(data),
  update: (service, data) => service.updateProductClaims(data),
  remove: (service, id) => service.deleteProductClaims(id),
})
