// Residents through the store API: a signed-in customer, or the browser of a guest who paid.
type Api = { post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any }> }
type Store = { headers: Record<string, string> }

/** The header the storefront sends with the id of the cart an order came from (the guest's secret). */
export const ORDER_SECRET = "x-rbv-order-secret"

/** A resident creates an account and signs in: their store headers (publishable key + bearer). */
export async function residentWithLogin(api: Api, store: Store, person: { email: string; first_name: string; last_name: string }) {
  const { data: reg } = await api.post("/auth/customer/emailpass/register", { email: person.email, password: "buonvivere" })
  const { email, first_name, last_name } = person
  await api.post("/store/customers", { email, first_name, last_name }, { headers: { ...store.headers, authorization: `Bearer ${reg.token}` } })
  const { data: login } = await api.post("/auth/customer/emailpass", { email: person.email, password: "buonvivere" })
  return { headers: { ...store.headers, authorization: `Bearer ${login.token}` } }
}

/** What the storefront of the browser that paid for `cartId` sends along when it reads the order. */
export const buyerBrowser = (store: Store, cartId: string) => ({ headers: { ...store.headers, [ORDER_SECRET]: cartId } })
