import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules, ProductStatus } from "@medusajs/framework/utils"

type Snapshot = { id: string; status: ProductStatus; metadata: Record<string, unknown> | null }
export const HIDDEN_BY_SUSPENSION = "hidden_by_suspension"

export const setVendorProductsVisibilityStepId = "set-vendor-products-visibility"

/**
 * Suspension takes a vendor's published products off the store at once and remembers which,
 * so reactivation republishes exactly those and not the drafts the artisan kept hidden.
 */
export const setVendorProductsVisibilityStep = createStep(
  setVendorProductsVisibilityStepId,
  async (input: { product_ids: string[]; visible: boolean }, { container }) => {
    if (!input.product_ids.length) return new StepResponse([], [] as Snapshot[])
    const products = container.resolve(Modules.PRODUCT)
    const current = await products.listProducts({ id: input.product_ids }, { select: ["id", "status", "metadata"] })
    const targets = current.filter((p) =>
      input.visible ? Boolean(p.metadata?.[HIDDEN_BY_SUSPENSION]) : p.status === ProductStatus.PUBLISHED
    )
    const updated = await Promise.all(
      targets.map((p) =>
        products.updateProducts(p.id, {
          status: input.visible ? ProductStatus.PUBLISHED : ProductStatus.DRAFT,
          metadata: { ...(p.metadata ?? {}), [HIDDEN_BY_SUSPENSION]: input.visible ? null : true },
        })
      )
    )
    const before: Snapshot[] = targets.map((p) => ({ id: p.id, status: p.status as ProductStatus, metadata: p.metadata ?? null }))
    return new StepResponse(updated.map((p) => p.id), before)
  },
  async (before, { container }) => {
    if (!before?.length) return
    const products = container.resolve(Modules.PRODUCT)
    await Promise.all(before.map((p) => products.updateProducts(p.id, { status: p.status, metadata: p.metadata ?? {} })))
  }
)
