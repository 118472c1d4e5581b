import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { coordinatorLocale, refusal } from "@rbv/kit"
import VendorOrderLink from "../links/vendor-order"

/** Which order a request names: by the order's id, or by one of its line items. */
export type OrderRef = { order_id: string } | { line_item_id: string }

// Said in the coordinator's language: Medusa's admin shows the message as it comes.
const REFUSED = {
  it: (n: number, maker: string | undefined, parent: number | string) =>
    `Ordine #${n}: è la parte di ${maker ?? "un artigiano"} dell'ordine #${parent}; pagamento, magazzino e consegna si gestiscono sull'ordine #${parent}, la preparazione nella bottega dell'artigiano`,
  en: (n: number, maker: string | undefined, parent: number | string) =>
    `Order #${n} is ${maker ?? "a maker"}'s part of order #${parent}: its payment, stock and delivery are handled on order #${parent}, its preparation in the maker's shop`,
}

/**
 * A maker's part (a child order) is prepared in the maker's shop and paid, stocked and delivered through its
 * resident's order: Medusa's own order actions on the part itself (allocate, fulfil, edit, return, claim, transfer,
 * ask for payment) would reserve the stock twice, or show a part delivered or paid that its order is not. The
 * refusal names the resident's order where those things happen; anything that is not a part is left alone.
 */
export async function refuseOnPart(container: MedusaContainer, ref: OrderRef, field: string, userId?: string | null): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let orderId = "order_id" in ref ? ref.order_id : undefined
  if ("line_item_id" in ref) {
    // A line's order is on Medusa's order item (the line at an order's version), not on the line itself.
    const [item] = await (container.resolve(Modules.ORDER) as any).listOrderItems({ item_id: ref.line_item_id }, { select: ["order_id"], take: 1 })
    orderId = item?.order_id
  }
  if (!orderId) return
  const { data: orders } = await query.graph({ entity: "order", fields: ["id", "display_id", "metadata"], filters: { id: orderId } })
  const parentId = (orders[0] as any)?.metadata?.parent_order_id as string | undefined
  if (!parentId) return
  const { data: parents } = await query.graph({ entity: "order", fields: ["display_id"], filters: { id: parentId } })
  const { data: links } = await query.graph({ entity: VendorOrderLink.entryPoint, fields: ["vendor.name"], filters: { order_id: orderId } })
  const say = REFUSED[await coordinatorLocale(container, userId)]
  const maker = (links[0] as any)?.vendor?.name as string | undefined
  const parent = (parents[0] as any)?.display_id ?? parentId
  throw refusal(MedusaError.Types.NOT_ALLOWED, "part_of_order", say((orders[0] as any).display_id, maker, parent), field)
}
