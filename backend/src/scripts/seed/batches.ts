import { createBatchLimitWorkflow } from "@rbv/delivery-rounds/workflows"
import { query, SeedContainer } from "./context"

// The bakery's wood oven bakes a fixed number of loaves for each Thursday round.
const DEMO_BATCHES = [{ maker: "forno-san-nazaro", name: "Pane del forno a legna", quantity: 40, products: ["pagnotta-lievito-madre", "pane-segale-noci"] }]

/** Batch limits per round on the bakery. Idempotent: a maker with a limit of that name is skipped. */
export async function seedBatchLimits(container: SeedContainer) {
  const q = query(container)
  for (const batch of DEMO_BATCHES) {
    const [{ data: vendors }, { data: products }] = await Promise.all([
      q.graph({ entity: "vendor", fields: ["id"], filters: { handle: batch.maker } }),
      q.graph({ entity: "product", fields: ["id"], filters: { handle: batch.products } }),
    ])
    const vendor_id = vendors[0]?.id as string | undefined
    if (!vendor_id || !products.length) continue
    const { data: existing } = await q.graph({ entity: "batch_limit", fields: ["id"], filters: { vendor_id, name: batch.name } })
    if (existing.length) continue
    await createBatchLimitWorkflow(container).run({
      input: { vendor_id, name: batch.name, quantity: batch.quantity, product_ids: products.map((p: { id: string }) => p.id) },
    })
  }
}
