import type { ExecArgs } from "@medusajs/framework/types"
import { forgetVendorOrderContactsWorkflow } from "../workflows/vendor/workflows/forget-vendor-order-contacts"

// Makers' child orders once copied the resident's e-mail, customer and addresses: `medusa db:migrate`
// (so `npm start` on an existing database) takes them off, once.
export default async function forgetVendorOrderContacts({ container }: ExecArgs) {
  const { result } = await forgetVendorOrderContactsWorkflow(container).run()
  container.resolve("logger").info(`Makers' orders without the residents' contact data: ${result.length} cleaned.`)
}
