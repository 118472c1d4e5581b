import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import type { CreateOrderDTO } from "@medusajs/framework/types"
import { VENDOR_MODULE } from "../../../modules/vendor"
import { childOrdersOfParts, planVendorOrders, ParentOrder } from "../../../lib/split-order"
import { VendorEvents } from "../../events"
import { createCommissionLinesStep } from "../steps/create-commission-lines"
import { createChildOrdersStep } from "../steps/create-child-orders"
import { findOrderSplitStep } from "../steps/find-order-split"
import { findVendorsOfProductsStep } from "../steps/find-vendors-of-products"
import { weightPricingOf, type WeightPricing } from "../../../lib/weight-pricing"

export type SplitOrderByVendorInput = { order_id: string }

const PARENT_FIELDS = [
  "id",
  "currency_code",
  "region_id",
  "sales_channel_id",
  "metadata",
  "items.*",
  "items.tax_lines.*",
  "shipping_methods.*",
  "shipping_methods.tax_lines.*",
]

export const splitOrderByVendorWorkflowId = "split-order-by-vendor"

/**
 * A resident's order (the parent: one payment, one delivery) gets one child order per maker with
 * that maker's items, linked to the maker, and the commission ledger lines at today's rates.
 * Run it through `runOrderSplit`, which holds the order's lock around it (two runs at once would
 * each make child orders). Returns the child orders made by this run (none when already split).
 */
export const splitOrderByVendorWorkflow = createWorkflow(splitOrderByVendorWorkflowId, (input: SplitOrderByVendorInput) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: PARENT_FIELDS,
    filters: { id: input.order_id },
    options: { throwIfKeyNotFound: true },
  })
  const productIds = transform({ orders }, ({ orders }): string[] => [
    ...new Set<string>((orders[0].items ?? []).map((i: { product_id?: string | null }) => i.product_id ?? "").filter(Boolean)),
  ])
  const vendorOf = findVendorsOfProductsStep({ product_ids: productIds })
  const { data: products } = useQueryGraphStep({ entity: "product", fields: ["id", "metadata"], filters: { id: productIds } }).config({ name: "ordered-products" })
  const weighed = transform({ products }, ({ products }) => {
    const map: Record<string, WeightPricing> = {}
    for (const p of products as { id: string; metadata?: Record<string, unknown> | null }[]) {
      const wp = weightPricingOf(p.metadata)
      if (wp) map[p.id] = wp
    }
    return map
  })
  const found = findOrderSplitStep({ parent_order_id: input.order_id })

  const parts = transform({ orders, vendorOf, found, weighed }, ({ orders, vendorOf, found, weighed }) => {
    const parent: ParentOrder & { metadata?: Record<string, unknown> | null } = orders[0]
    if (found.done || parent.metadata?.parent_order_id) return []
    return planVendorOrders(parent, vendorOf, weighed)
  })

  const children = when({ parts }, ({ parts }) => parts.length > 0).then(() => {
    // A split cut short (its worker killed before the ledger lines) made some child orders already:
    // those are kept, only the missing ones are made, so an order never gets two per maker.
    const made = createChildOrdersStep(
      transform({ parts, found }, ({ parts, found }) => parts.filter((p) => !found.children[p.vendor_id]).map((p): CreateOrderDTO => p.order))
    )
    const created = transform({ parts, found, made }, ({ parts, found, made }) => childOrdersOfParts(parts, found.children, made))
    // Links are upserted: one a cut-short split already made is kept as it is.
    createRemoteLinkStep(
      transform({ parts, created }, ({ parts, created }) =>
        created.map((order, i) => ({
          [VENDOR_MODULE]: { vendor_id: parts[i].vendor_id },
          [Modules.ORDER]: { order_id: order.id },
        }))
      )
    )
    createCommissionLinesStep(
      transform({ parts, created, orders }, ({ parts, created, orders }) => ({
        parent_order_id: orders[0].id,
        currency_code: orders[0].currency_code,
        parts: created.map((order, i) => ({ vendor_id: parts[i].vendor_id, order_id: order.id, gross_cents: parts[i].gross_cents })),
      }))
    )
    emitEventStep({
      eventName: VendorEvents.ORDER_SPLIT,
      data: transform({ created, input }, ({ created, input }) => ({ id: input.order_id, child_order_ids: created.map((o) => o.id) })),
    })
    return created
  })

  // Already split, but its announcement may have died with the worker that made it (the ledger
  // is written before the event goes out): a replay announces the same child orders again.
  when({ found }, ({ found }) => found.done && Object.keys(found.children).length > 0).then(() => {
    emitEventStep({
      eventName: VendorEvents.ORDER_SPLIT,
      data: transform({ found, input }, ({ found, input }) => ({ id: input.order_id, child_order_ids: Object.values(found.children) })),
    }).config({ name: "announce-order-split-again" })
  })

  return new WorkflowResponse(transform({ children }, ({ children }) => (children ?? []).map((o) => o.id)))
})
