import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DeliveryTemplates, notify } from "../../../lib/notify"
import { residentOrders } from "../../../lib/order-mail"
import { slotLabel } from "../../../lib/round-options"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"
import type { MinimumDecision } from "./evaluate-maker-minimums"

export const notifyReleasedPartsStepId = "notify-released-maker-parts"

/** Each resident whose order loses a maker's part is told before anything is charged: which maker, and why. */
export const notifyReleasedPartsStep = createStep(notifyReleasedPartsStepId, async (input: { decisions: MinimumDecision[] }, { container }) => {
  const released = input.decisions.filter((d) => d.outcome === "released")
  if (!released.length) return new StepResponse(0)
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const round = await service.retrieveDeliveryRound(released[0].round_id)
  // Each resident in the language they shopped in; a child order is never written to.
  const residents = await residentOrders(container, [...new Set(released.flatMap((d) => d.parent_order_ids))])
  let sent = 0
  for (const decision of released) {
    for (const order of decision.parent_order_ids.map((id) => residents.get(id)).filter((o) => o !== undefined)) {
      const mails = await notify(container, [order.to], DeliveryTemplates.MAKER_PART_RELEASED, {
        order_id: order.id,
        display_id: order.display_id,
        maker: decision.vendor_name,
        minimum: Math.round(decision.minimum * 100),
        slot: slotLabel(round.starts_at, round.ends_at),
      })
      sent += mails.length
    }
  }
  return new StepResponse(sent)
})
