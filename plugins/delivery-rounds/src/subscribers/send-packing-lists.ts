import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadRoundContext } from "../lib/round-context"
import { sendPackingListWorkflow } from "../workflows/delivery/workflows/send-packing-list"

// A round closes (at cutoff by the job, or by a coordinator): each maker with orders in it gets
// its packing list, once — a re-close or a re-run finds the list already sent.
export default async function sendPackingLists({ event, container }: SubscriberArgs<{ id: string; status: string }>) {
  if (event.data.status !== "closed") return
  const { makers } = await loadRoundContext(container, event.data.id)
  for (const maker of makers) {
    try {
      await sendPackingListWorkflow(container).run({ input: { round_id: event.data.id, vendor_id: maker.vendor_id } })
    } catch (err) {
      container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Packing list of round ${event.data.id} for ${maker.vendor_id} not sent: ${(err as Error).message}`)
    }
  }
}

export const config: SubscriberConfig = { event: "delivery.round_status_changed" }
