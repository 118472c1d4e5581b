import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createFulfillmentWorkflow,
  createOrderFulfillmentWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
} from "@medusajs/medusa/core-flows"
import { toNumber } from "../../../lib/cash"

const ORDER_FIELDS = [
  "id",
  "status",
  "shipping_methods.shipping_option_id",
  "shipping_methods.data",
  // "items.*": a line's quantity is only filled when the whole item is read.
  "items.*",
  "items.variant.manage_inventory",
  "fulfillments.id",
  "fulfillments.delivered_at",
]

const delivered = (order: any) => (order.fulfillments ?? []).some((f: any) => f?.delivered_at)

/**
 * Marks a delivered stop in Medusa: each resident's order of the stop is fulfilled from the hub (consuming
 * its stock reservations) and every maker's child order gets its own delivered fulfillment, so
 * each maker's part shows as delivered and the payments side can pay it. Safe to run again:
 * orders already delivered are skipped, so a retry finishes what a crash interrupted.
 */
export const deliverStopOrdersStep = createStep(
  "deliver-delivery-stop-orders",
  async (input: { orders: { order_id: string; child_order_ids: string[] }[] }, { container }) => {
    const fulfilled: string[] = []
    for (const order of input.orders) fulfilled.push(...(await deliverOrder(container, order)))
    return new StepResponse(fulfilled)
  }
)

/**
 * Medusa's order fulfillment reads the order's shipping option, and a round's options are deleted once the round is no
 * longer open — an order collected at the hub after its round completed has none left. Its own option is then restored
 * for that fulfillment and deleted again after it, whatever happened: the delivery stays recorded against the round
 * the resident chose, and no other round needs to be open.
 */
async function withOwnOption<T>(container: MedusaContainer, optionId: string | undefined, run: () => Promise<T>): Promise<T> {
  if (!optionId) return run()
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const [own] = await fulfillmentModule.listShippingOptions({ id: optionId }, { select: ["id", "deleted_at"], withDeleted: true })
  if (!own?.deleted_at) return run()
  await fulfillmentModule.restoreShippingOptions([optionId])
  try {
    return await run()
  } finally {
    await fulfillmentModule.softDeleteShippingOptions([optionId])
  }
}

/** One resident's order and its makers' child orders, fulfilled and marked delivered; returns the orders it fulfilled. */
async function deliverOrder(container: MedusaContainer, input: { order_id: string; child_order_ids: string[] }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ids = [input.order_id, ...input.child_order_ids]
  const { data: orders } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: ids } })
  const parent = orders.find((o: any) => o.id === input.order_id) as any
  const fulfilled: string[] = []

  if (parent && parent.status !== "canceled" && !delivered(parent)) {
    const { data: reservations } = await query.graph({
      entity: "reservation",
      fields: ["line_item_id"],
      filters: { line_item_id: (parent.items ?? []).map((i: any) => i.id) },
    })
    const reserved = new Set(reservations.map((r: any) => r.line_item_id))
    const items = (parent.items ?? [])
      .filter((i: any) => reserved.has(i.id) || i.variant?.manage_inventory === false)
      .map((i: any) => ({ id: i.id, quantity: toNumber(i.quantity) }))
    if (items.length) {
      const { result } = await withOwnOption(container, parent.shipping_methods?.[0]?.shipping_option_id, () =>
        createOrderFulfillmentWorkflow(container).run({ input: { order_id: parent.id, items, no_notification: true } })
      )
      await markOrderFulfillmentAsDeliveredWorkflow(container).run({ input: { orderId: parent.id, fulfillmentId: result.id } })
      fulfilled.push(parent.id)
    }
  }

  const children = orders.filter((o: any) => o.id !== input.order_id && o.status !== "canceled" && !delivered(o)) as any[]
  if (children.length) {
    const optionIds = [...new Set(children.map((c) => c.shipping_methods?.[0]?.shipping_option_id).filter(Boolean))]
    const { data: options } = await query.graph({
      entity: "shipping_option",
      fields: ["id", "provider_id", "service_zone.fulfillment_set.location.id"],
      filters: { id: optionIds },
      withDeleted: true,
    } as any)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const orderModule = container.resolve(Modules.ORDER)
    for (const child of children) {
      const method = child.shipping_methods?.[0]
      const option = options.find((o: any) => o.id === method?.shipping_option_id) as any
      const locationId = option?.service_zone?.fulfillment_set?.location?.id
      if (!option || !locationId) continue
      // Child orders hold no stock reservations (the resident's order does), so their
      // fulfillment is recorded directly rather than through the inventory-moving order flow.
      // It carries no address: the resident's lives on their own order only.
      const { result: fulfillment } = await createFulfillmentWorkflow(container).run({
        input: {
          location_id: locationId,
          provider_id: option.provider_id,
          shipping_option_id: option.id,
          delivery_address: {},
          data: method?.data ?? {},
          order: { id: child.id } as any,
          labels: [],
          items: (child.items ?? []).map((i: any) => ({
            line_item_id: i.id,
            quantity: toNumber(i.quantity),
            title: i.variant_title ?? i.title,
            sku: i.variant_sku ?? "",
            barcode: "",
          })),
        } as any,
      })
      await link.create({ [Modules.ORDER]: { order_id: child.id }, [Modules.FULFILLMENT]: { fulfillment_id: fulfillment.id } })
      await orderModule.registerFulfillment({
        order_id: child.id,
        reference: Modules.FULFILLMENT,
        reference_id: fulfillment.id,
        items: (child.items ?? []).map((i: any) => ({ id: i.id, quantity: toNumber(i.quantity) })),
      } as any)
      await markOrderFulfillmentAsDeliveredWorkflow(container).run({ input: { orderId: child.id, fulfillmentId: fulfillment.id } })
      fulfilled.push(child.id)
    }
  }
  return fulfilled
}
