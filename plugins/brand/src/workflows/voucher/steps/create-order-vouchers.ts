import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRAND_MODULE } from "../../../modules/brand"
import type BrandModuleService from "../../../modules/brand/service"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { VOUCHER_PRODUCT_FLAG, voucherCode } from "../../../lib/voucher"

export type CreateOrderVouchersStepInput = { order_id: string; items: { product_id: string; amount: number; quantity: number }[] }

export const createOrderVouchersStepId = "create-order-vouchers"

/** One voucher per basket paid for (a unit of a product flagged as voucher), once per order. */
export const createOrderVouchersStep = createStep(
  createOrderVouchersStepId,
  async (input: CreateOrderVouchersStepInput, { container }) => {
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    if (!input.order_id || !input.items.length) return new StepResponse([], [] as string[])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({ entity: "product", fields: ["id", "metadata"], filters: { id: input.items.map((i) => i.product_id) } })
    const flagged = new Set((products as any[]).filter((p) => p.metadata?.[VOUCHER_PRODUCT_FLAG]).map((p) => p.id))
    const baskets = input.items.filter((i) => flagged.has(i.product_id))
    const count = baskets.reduce((n, b) => n + b.quantity, 0)
    if (!input.order_id || !count) return new StepResponse([], [] as string[])
    const existing = await service.listVouchers({ order_id: input.order_id }, { take: 1 })
    if (existing.length) return new StepResponse([], [] as string[])
    const rows = baskets.flatMap((b) => Array.from({ length: b.quantity }, () => ({ order_id: input.order_id, amount: b.amount, code: voucherCode() })))
    const created = await service.createVouchers(rows)
    return new StepResponse(created, created.map((v) => v.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    await service.deleteVouchers(ids)
  }
)
