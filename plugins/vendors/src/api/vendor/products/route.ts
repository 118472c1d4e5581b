import type { MedusaResponse } from "@medusajs/framework/http"
import { createVendorProductWorkflow } from "../../../workflows/vendor/workflows/create-vendor-product"
import type { VendorRequest } from "../../utils/vendor-context"
import type { VendorCreateProduct, VendorListProducts } from "../validators"
import { listVendorProducts, retrieveVendorProduct } from "./query"

export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const { archived } = req.validatedQuery as VendorListProducts
  const products = await listVendorProducts(req.scope, req.vendor_context.vendor.id, { archived })
  res.json({ products, count: products.length })
}

export const POST = async (req: VendorRequest<VendorCreateProduct>, res: MedusaResponse) => {
  const { result } = await createVendorProductWorkflow(req.scope).run({
    input: { vendor_id: req.vendor_context.vendor.id, product: req.validatedBody },
  })
  res.status(201).json({ product: await retrieveVendorProduct(req.scope, req.vendor_context.vendor.id, result.id) })
}
