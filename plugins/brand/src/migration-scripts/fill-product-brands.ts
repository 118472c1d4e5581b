import type { ExecArgs } from "@medusajs/framework/types"
import { refreshProductBrandsWorkflow } from "../workflows/product-brand/workflows/refresh-product-brands"

// Store product responses read the brand mark and price breakdowns from the product_brand and
// price_breakdown read model: `medusa db:migrate` (so `npm start` on an existing database) fills
// it once for the products that were there before it.
export default async function fillProductBrands({ container }: ExecArgs) {
  const { result } = await refreshProductBrandsWorkflow(container).run({ input: { all: true } })
  container.resolve("logger").info(`Brand marks and price breakdowns of ${result.length} products written.`)
}
