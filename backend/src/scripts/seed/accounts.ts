import {
  createCustomerAccountWorkflow,
  createCustomerAddressesWorkflow,
  createCustomersWorkflow,
  createUserAccountWorkflow,
} from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { coordinator, customers, residents } from "../demo-district"
import type { DemoResident } from "../demo-district/types"
import { query, SeedContainer } from "./context"

export const COORDINATOR = coordinator

export async function registerIdentity(container: SeedContainer, email: string, password: string) {
  const auth = container.resolve(Modules.AUTH)
  const { success, authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (!success || !authIdentity) throw new Error(`could not register ${email}: ${error}`)
  return authIdentity.id
}

export async function seedCoordinator(container: SeedContainer) {
  const { data } = await query(container).graph({ entity: "user", fields: ["id"], filters: { email: COORDINATOR.email } })
  if (data[0]) return
  const authIdentityId = await registerIdentity(container, COORDINATOR.email, COORDINATOR.password)
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId, userData: { email: COORDINATOR.email, first_name: COORDINATOR.first_name, last_name: COORDINATOR.last_name } },
  })
}

/** A resident's home as a Medusa address, coordinates in metadata (the planner reads them). */
export const residentAddress = (r: DemoResident) => ({
  first_name: r.first_name,
  last_name: r.last_name,
  phone: r.phone,
  address_1: r.place.address_1,
  postal_code: r.place.postal_code,
  city: r.place.city,
  province: r.place.province,
  country_code: "it",
  metadata: { lat: r.place.lat, lng: r.place.lng },
})
const addressOf = (r: DemoResident) => ({ ...residentAddress(r), is_default_shipping: true, is_default_billing: true })

export const emailOf = (r: DemoResident, index: number) =>
  customers.find((c) => c.resident === index)?.email ??
  `${r.first_name}.${r.last_name}`.toLowerCase().normalize("NFD").replace(/[^a-z.]/g, "") + "@residenti.demo"

/** Every demo resident is a customer with a geolocated address; a few can log in. */
export async function seedResidents(container: SeedContainer) {
  const q = query(container)
  const { data: existing } = await q.graph({ entity: "customer", fields: ["email"] })
  const have = new Set(existing.map((c) => c.email))

  for (const [index, resident] of residents.entries()) {
    const email = emailOf(resident, index)
    if (have.has(email)) continue
    const account = customers.find((c) => c.resident === index)
    const customerData = { email, first_name: resident.first_name, last_name: resident.last_name, phone: resident.phone }
    const customerId = account
      ? (
          await createCustomerAccountWorkflow(container).run({
            input: { authIdentityId: await registerIdentity(container, email, account.password), customerData },
          })
        ).result.id
      : (await createCustomersWorkflow(container).run({ input: { customersData: [customerData] } })).result[0].id
    await createCustomerAddressesWorkflow(container).run({
      input: { addresses: [{ ...addressOf(resident), customer_id: customerId }] },
    })
  }
  return customers.map((c) => ({ email: c.email, password: c.password }))
}
