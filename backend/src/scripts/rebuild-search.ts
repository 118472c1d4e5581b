import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshSearchDocumentsWorkflow } from "@rbv/vendors/workflows"

/**
 * `npx medusa exec ./src/scripts/rebuild-search.ts`: the whole catalogue into the store search at
 * once — after the first migration of a shop that already has products (the subscribers keep it in
 * step from then on), or to repair it.
 */
export default async function rebuildSearch({ container }: ExecArgs) {
  const { result } = await refreshSearchDocumentsWorkflow(container).run({ input: {} })
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`Store search: ${result} products.`)
}
