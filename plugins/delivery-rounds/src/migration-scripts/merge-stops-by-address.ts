import type { ExecArgs } from "@medusajs/framework/types"
import { mergeStopsByAddressWorkflow } from "../workflows/delivery/workflows/merge-stops-by-address"

// After Migration20261130112500 (a stop holds many orders): one address, one stop for the stops already there.
export default async function mergeStopsByAddress({ container }: ExecArgs) {
  await mergeStopsByAddressWorkflow(container).run({ input: {} })
}
