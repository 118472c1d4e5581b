import type { ExecArgs } from "@medusajs/framework/types"
import { refreshProductBrandsWorkflow } from "../workflows/product-brand/workflows/refresh-product-brands"

// Product cards read the maker and the mark from a copy in each product's metadata (lib/product-card.ts),
// which refresh-product-brands writes. A database whose read model was filled before that copy
// existed gets it once here, at `medusa db:migrate` (so at `npm start`); on a new database there is
// nothing to copy yet, and later runs write only what changed.
export default async function fillProductCards({ container }: ExecArgs) {
  const { result } = await refreshProductBrandsWorkflow(container).run({ input: { all: true } })
  container.resolve("logger").info(`Brand card copies of ${result.length} products checked.`)
}
