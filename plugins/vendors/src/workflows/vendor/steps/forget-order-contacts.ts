import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"

export const forgetOrderContactsStepId = "forget-order-contacts"

type Address = Record<string, unknown> & { id: string }
export type OrderContacts = {
  id: string
  email?: string | null
  customer_id?: string | null
  shipping_address?: Address | null
  billing_address?: Address | null
}

const ADDRESS_KEYS = ["first_name", "last_name", "company", "address_1", "address_2", "city", "country_code", "province", "postal_code", "phone", "metadata"]
const addressData = (a: Address) => Object.fromEntries(ADDRESS_KEYS.map((k) => [k, a[k] ?? null]))

/**
 * Takes the resident's e-mail, customer and addresses off orders (the makers' child orders).
 * Undone by putting them back, so a failed data fix leaves every order as it was.
 */
export const forgetOrderContactsStep = createStep(
  forgetOrderContactsStepId,
  async (input: { orders: OrderContacts[] }, { container }) => {
    const orderModule = container.resolve(Modules.ORDER)
    const holding = input.orders.filter((o) => o.email || o.customer_id || o.shipping_address || o.billing_address)
    if (!holding.length) return new StepResponse([] as string[], [] as OrderContacts[])
    await orderModule.updateOrders(
      holding.map((o) => ({ id: o.id, email: null, customer_id: null, shipping_address_id: null, billing_address_id: null })) as any
    )
    const addressIds = holding.flatMap((o) => [o.shipping_address?.id, o.billing_address?.id]).filter((id): id is string => Boolean(id))
    if (addressIds.length) await orderModule.deleteOrderAddresses([...new Set(addressIds)])
    return new StepResponse(holding.map((o) => o.id), holding)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const orderModule = container.resolve(Modules.ORDER)
    for (const o of previous) {
      const recreate = (a?: Address | null) => (a ? orderModule.createOrderAddresses([addressData(a) as any]).then(([created]) => created) : null)
      const [shipping, billing] = await Promise.all([recreate(o.shipping_address), recreate(o.billing_address)])
      await orderModule.updateOrders([
        { id: o.id, email: o.email ?? null, customer_id: o.customer_id ?? null, shipping_address_id: shipping?.id ?? null, billing_address_id: billing?.id ?? null },
      ] as any)
    }
  }
)
