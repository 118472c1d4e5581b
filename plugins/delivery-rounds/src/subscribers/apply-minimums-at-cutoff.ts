import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { applyMakerMinimumsWorkflow } from "../workflows/minimum/workflows/apply-maker-minimums"

// A round closed (at its cutoff, or by a coordinator): each maker's minimum is checked once.
export default async function applyMinimumsAtCutoff({ event, container }: SubscriberArgs<{ id: string; status: string; child_order_ids?: string[] }>) {
  if (event.data.status !== "closed") return
  await applyMakerMinimumsWorkflow(container).run({ input: { round_id: event.data.id, child_order_ids: event.data.child_order_ids ?? [] } })
}

export const config: SubscriberConfig = { event: "delivery.round_status_changed" }
