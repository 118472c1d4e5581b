import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import BatchLimitProduct from "../../../links/batch-limit-product"
import { DELIVERY_MODULE } from "../../../modules/delivery"

export const setBatchProductsStepId = "set-batch-limit-products"

type Pair = { batch_limit_id: string; product_id: string }
const asLink = (p: Pair) => ({ [DELIVERY_MODULE]: { batch_limit_id: p.batch_limit_id }, [Modules.PRODUCT]: { product_id: p.product_id } })

/**
 * The products a limit covers become exactly these; a product moved here leaves the limit it
 * counted against before (one oven, one count). Compensation puts the previous links back.
 */
export const setBatchProductsStep = createStep(
  setBatchProductsStepId,
  async (input: { batch_limit_id: string; product_ids: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const fields = ["batch_limit_id", "product_id"]
    const [{ data: ofLimit }, { data: ofProducts }] = await Promise.all([
      query.graph({ entity: BatchLimitProduct.entryPoint, fields, filters: { batch_limit_id: input.batch_limit_id } }),
      input.product_ids.length
        ? query.graph({ entity: BatchLimitProduct.entryPoint, fields, filters: { product_id: input.product_ids } })
        : Promise.resolve({ data: [] as Pair[] }),
    ])
    const before = [...new Map([...ofLimit, ...ofProducts].map((p: Pair) => [`${p.batch_limit_id}:${p.product_id}`, p])).values()]
    const after = input.product_ids.map((product_id) => ({ batch_limit_id: input.batch_limit_id, product_id }))
    if (before.length) await link.dismiss(before.map(asLink))
    if (after.length) await link.create(after.map(asLink))
    return new StepResponse(after, { before, after })
  },
  async (changed, { container }) => {
    if (!changed) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (changed.after.length) await link.dismiss(changed.after.map(asLink))
    if (changed.before.length) await link.create(changed.before.map(asLink))
  }
)
