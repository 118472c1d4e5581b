import { Modules } from "@medusajs/framework/utils"
import { addressCart, cartWith, payAndComplete, productsByMaker, roundOption, VERONETTA_ADDRESS } from "../../helpers/checkout"
import { volunteerWithLogin } from "../../helpers/delivery"
import { districtSuite, pauseDemoBaskets } from "../../helpers/district"
import { buyerBrowser, ORDER_SECRET, residentWithLogin } from "../../helpers/residents"
import { waitFor } from "../../helpers/wait-for"
import { vendorLogin } from "../../helpers/vendors"
import { makers } from "../../../backend/src/scripts/demo-district"

jest.setTimeout(600_000)

type Headers = { headers: Record<string, string> }
type Person = { email: string; first_name: string; last_name: string; address_1: string; phone: string }

// What must never leak: each string is unique to one resident of this file.
const GIULIA: Person = { email: "giulia.privata@example.org", first_name: "Giulia", last_name: "Zanardelli", address_1: "Vicolo Riva di San Lorenzo 7", phone: "+39 347 555 0199" }
const PIERO: Person = { email: "piero.vicino@example.org", first_name: "Piero", last_name: "Montagnoli", address_1: "Via Santa Chiara 31", phone: "+39 333 444 0177" }
const contactsOf = (p: Person) => [p.email, p.phone, p.address_1, p.last_name]

// Every route that takes an order id (or, for the rider, a stop id) in a path or body.
const ROUTES: ((id: string, roundId: string) => [method: "get" | "post" | "delete", url: string, body?: unknown])[] = [
  (id) => ["get", `/store/orders/${id}`],
  (id) => ["post", `/store/orders/${id}/transfer/request`, {}],
  (id) => ["post", `/store/orders/${id}/transfer/cancel`, {}],
  (id) => ["post", `/store/orders/${id}/transfer/accept`, { token: "a-guess" }],
  (id) => ["post", `/store/orders/${id}/transfer/decline`, { token: "a-guess" }],
  (id) => ["post", `/store/returns`, { order_id: id, items: [{ id: "ordli_guess", quantity: 1 }] }],
  (id) => ["get", `/store/delivery-rounds/orders/${id}`],
  (id) => ["get", `/vendor/orders/${id}`],
  (id) => ["post", `/vendor/orders/${id}/ready`, {}],
  (id) => ["delete", `/vendor/orders/${id}/ready`],
  (id) => ["get", `/logistics/rounds/${id}`],
  (id, roundId) => ["post", `/logistics/rounds/${roundId}/stops/${id}/complete`, { outcome: "failed", note: "prova" }],
]

export default districtSuite({
  testSuite: ({ api, getContainer, district }) => {
    const call = async (method: "get" | "post" | "delete", url: string, headers: Headers, body?: unknown) => {
      const config = { ...headers, validateStatus: () => true }
      const res = method === "post" ? await api.post(url, body, config) : await (api as any)[method](url, config)
      return { status: res.status as number, text: JSON.stringify(res.data ?? "") }
    }
    const withKey = (h: Headers) => ({ headers: { ...district.store.headers, ...h.headers } })

    /** A cart from `count` makers, addressed to `person` (placed on the map, so no geocoder is needed), paid on delivery. */
    async function placeOrder(headers: Headers, person: Person, count = 3, first = 0) {
      const byMaker = [...(await productsByMaker(api, district.store, district.regionId)).entries()]
      const picked = byMaker.slice(first, first + count).map(([handle, list]) => {
        const product = list.find((p: any) => p.variants.some((v: any) => v.inventory_quantity >= 2))
        return { handle, product, variant: product.variants.find((v: any) => v.inventory_quantity >= 2) }
      })
      const cartId = await cartWith(api, headers, district.regionId, picked.map((p, i) => ({ variant_id: p.variant.id, quantity: 1 + (i % 2) })))
      const address = { ...VERONETTA_ADDRESS, first_name: person.first_name, last_name: person.last_name, address_1: person.address_1, phone: person.phone, metadata: { lat: 45.4412, lng: 11.0061 } }
      await addressCart(api, headers, cartId, address as any, person.email)
      const option = await roundOption(api, headers, cartId)
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option.id }, headers)
      const { data: before } = await api.get(`/store/carts/${cartId}?fields=items.unit_price,items.quantity,shipping_methods.amount`, headers)
      // What the resident pays, summed here from the cart's own lines and delivery, in cents.
      const paid =
        before.cart.items.reduce((n: number, i: any) => n + Math.round(i.unit_price * 100) * i.quantity, 0) +
        before.cart.shipping_methods.reduce((n: number, m: any) => n + Math.round(m.amount * 100), 0)
      const completed = await payAndComplete(api, headers, cartId)
      expect(completed.type).toBe("order")
      return { order: completed.order, cartId, paid, roundId: option.offer.rounds[0].id as string, makers: picked }
    }

    /** The makers' child orders of a resident's order, once the split subscriber has run (fails on timeout). */
    async function childrenOf(orderId: string, count: number) {
      const read = async () => {
        const { data } = await getContainer().resolve("query").graph({ entity: "commission_line", fields: ["order_id", "vendor_id"], filters: { parent_order_id: orderId, kind: "sale" } })
        return data as { order_id: string; vendor_id: string }[]
      }
      return waitFor(`the ${count} makers' parts of ${orderId}`, async () => {
        const lines = await read()
        return lines.length === count ? lines : undefined
      })
    }

    it("a maker, riders, a planner, another resident and a stranger try every order id they can see: none reads the resident's contacts or other makers' lines", async () => {
      const resident = await residentWithLogin(api, district.store, GIULIA)
      const neighbour = await residentWithLogin(api, district.store, PIERO)
      const mine = await placeOrder(resident, GIULIA, 3, 0)
      const theirs = await placeOrder(neighbour, PIERO, 2, 3)
      await childrenOf(mine.order.id, 3)
      await childrenOf(theirs.order.id, 2)

      // The round: a rider assigned to it and planned (the riders' contact window); another rider; a planner not assigned.
      const rider = await volunteerWithLogin(api, district.admin, "Marta Bellini", "marta.privacy@volontari.demo")
      const otherRider = await volunteerWithLogin(api, district.admin, "Ugo Fasoli", "ugo.privacy@volontari.demo")
      const planner = await volunteerWithLogin(api, district.admin, "Paolo Zanetti", "paolo.privacy@volontari.demo", "planner")
      await api.post(`/admin/delivery-rounds/${mine.roundId}`, { volunteer_ids: [rider.id] }, district.admin)
      await api.post(`/admin/delivery-rounds/${mine.roundId}/status`, { status: "closed" }, district.admin)
      await api.post(`/logistics/rounds/${mine.roundId}/plan`, {}, rider.headers)

      const [makerA, makerB] = mine.makers.map((m) => makers.find((x) => x.handle === m.handle)!)
      const outsider = makers.find((m) => !mine.makers.concat(theirs.makers).some((p) => p.handle === m.handle))!
      const actors: Record<string, Headers> = {
        stranger: district.store,
        neighbour,
        makerA: withKey(await vendorLogin(api, makerA.email)),
        makerB: withKey(await vendorLogin(api, makerB.email)),
        outsiderMaker: withKey(await vendorLogin(api, outsider.email)),
        rider: withKey(rider.headers),
        otherRider: withKey(otherRider.headers),
        planner: withKey(planner.headers),
      }

      // What each actor's own pages show it (their real responses): every id in them is tried below.
      const seen: Record<string, string[]> = {
        resident: ["/store/orders", `/store/orders/${mine.order.id}`, "/store/delivery-rounds/orders"],
        neighbour: ["/store/orders", `/store/orders/${theirs.order.id}`],
        makerA: ["/vendor/orders", "/vendor/delivery-rounds", "/vendor/statement", "/vendor/payouts"],
        makerB: ["/vendor/orders", "/vendor/delivery-rounds", "/vendor/statement"],
        outsiderMaker: ["/vendor/orders"],
        rider: ["/logistics/rounds", `/logistics/rounds/${mine.roundId}`],
        otherRider: ["/logistics/rounds"],
        planner: ["/logistics/rounds", `/logistics/rounds/${mine.roundId}`],
      }
      const own: Record<string, string> = {}
      const ids = new Set<string>()
      for (const [actor, urls] of Object.entries(seen)) {
        const headers = actor === "resident" ? resident : actors[actor]
        own[actor] = ""
        for (const url of urls) {
          const res = await call("get", url, headers)
          expect(res.status).toBe(200)
          own[actor] += res.text
          for (const id of res.text.match(/\b(order|dstop|dround|cart)_[0-9A-Z]{26}\b/g) ?? []) ids.add(id)
        }
      }
      // The ids people hold: the resident its order, the neighbour theirs, makers their parts, riders the stops.
      expect(ids).toContain(mine.order.id)
      expect(ids).toContain(theirs.order.id)
      expect([...ids].filter((id) => id.startsWith("dstop_")).length).toBeGreaterThanOrEqual(2)

      // Nobody but the resident was handed the resident's order id or the cart it came from.
      for (const actor of ["makerA", "makerB", "outsiderMaker", "rider", "otherRider", "planner"]) {
        expect(own[actor]).not.toContain(mine.order.id)
        expect(own[actor]).not.toContain(mine.cartId)
        expect(own[actor]).not.toContain(GIULIA.email)
      }
      // The controls prove the searched strings are real: the resident reads them, and so does the rider while the round is planned.
      for (const secret of contactsOf(GIULIA).slice(0, 3)) expect(own.resident).toContain(secret)
      for (const secret of [GIULIA.phone, GIULIA.address_1]) expect(own.rider).toContain(secret)
      // A maker: its own lines, the order number, the slot and "Giulia Z." — no contact, no other maker's lines.
      const titleOf = (m: (typeof mine.makers)[number]) => m.product.title as string
      const { data: aOrders } = await api.get("/vendor/orders", actors.makerA)
      const aOrder = aOrders.orders.find((o: any) => o.order_number === mine.order.display_id)
      expect(aOrder).toMatchObject({ customer_name: "Giulia Z.", delivery_slot: expect.stringMatching(/^Consegna a casa · /) })
      expect(aOrder.items.map((i: any) => i.title)).toContain(titleOf(mine.makers[0]))
      for (const forbidden of ["parent_order_id", "metadata", "shipping_address", "email"]) expect(aOrder).not.toHaveProperty(forbidden)
      // Stops carry the resident's order number only, never an order id.
      const { data: riderRound } = await api.get(`/logistics/rounds/${mine.roundId}`, actors.rider)
      for (const stop of riderRound.round.stops) expect(stop).not.toHaveProperty("order_id")

      // Who may get a 2xx: the neighbour on their own order, the rider on the round, the planner on any round, a maker on its own parts.
      const partsOf: Record<string, string[]> = {}
      for (const actor of ["makerA", "makerB", "outsiderMaker"]) {
        const { data } = await api.get("/vendor/orders", actors[actor])
        partsOf[actor] = data.orders.map((o: any) => o.id)
      }
      const allowed = (actor: string, method: string, url: string) =>
        (actor === "neighbour" && url.startsWith("/store/") && url.includes(theirs.order.id)) ||
        (actor === "rider" && method === "get" && url === `/logistics/rounds/${mine.roundId}`) ||
        (actor === "planner" && method === "get" && /^\/logistics\/rounds\/dround_\w+$/.test(url)) ||
        (actor in partsOf && url.startsWith("/vendor/orders/") && partsOf[actor].some((id) => url.includes(id)))
      const emailOf = { makerA: makerA.email, makerB: makerB.email } as Record<string, string>

      let probes = 0
      for (const [actor, headers] of Object.entries(actors)) {
        for (const id of ids) {
          for (const route of ROUTES) {
            const [method, url, body] = route(id, mine.roundId)
            const res = await call(method, url, headers, body)
            probes++
            const where = `${actor} ${method.toUpperCase()} ${url} → ${res.status}`
            expect({ where, server_error: res.status >= 500 }).toEqual({ where, server_error: false })
            if (!allowed(actor, method, url)) expect({ where, ok: res.status < 400 }).toEqual({ where, ok: false })
            // The rider reads the resident's street and phone on the round page (planned, assigned); nothing else does.
            const mayReadContacts = actor === "rider" && url === `/logistics/rounds/${mine.roundId}`
            for (const secret of contactsOf(GIULIA)) {
              if (mayReadContacts && secret !== GIULIA.email) continue
              expect({ where, leaks: res.text.includes(secret) ? secret : null }).toEqual({ where, leaks: null })
            }
            if (actor.startsWith("maker")) {
              const others = mine.makers.filter((m) => makers.find((x) => x.handle === m.handle)!.email !== emailOf[actor])
              for (const m of others) expect({ where, leaks: res.text.includes(titleOf(m)) ? titleOf(m) : null }).toEqual({ where, leaks: null })
            }
          }
        }
      }
      expect(probes).toBe(Object.keys(actors).length * ids.size * ROUTES.length)
      // The probes changed nothing of the resident's order (a maker's own "pronto" was set and taken back).
      const { data: after } = await api.get(`/store/orders/${mine.order.id}`, resident)
      expect(after.order.status).toBe("pending")
      expect(Math.round(after.order.total * 100)).toBe(mine.paid)
    })

    it("a guest's order opens in the browser that paid (the cart id it holds), and nowhere else", async () => {
      const guest = await placeOrder(district.store, GIULIA, 2, 0)
      const other = await placeOrder(district.store, PIERO, 1, 4)
      const read = (orderId: string, headers: Headers) => call("get", `/store/orders/${orderId}`, headers)

      const mine = await read(guest.order.id, buyerBrowser(district.store, guest.cartId))
      expect(mine.status).toBe(200)
      expect(mine.text).toContain(GIULIA.email)
      expect((await call("get", `/store/delivery-rounds/orders/${guest.order.id}`, buyerBrowser(district.store, guest.cartId))).status).toBe(200)

      // The same id without the secret, with another cart's id, with a made-up one: 404, like an order that does not exist.
      for (const headers of [district.store, buyerBrowser(district.store, other.cartId), buyerBrowser(district.store, `${guest.cartId}X`)]) {
        for (const url of [`/store/orders/${guest.order.id}`, `/store/delivery-rounds/orders/${guest.order.id}`]) {
          const res = await call("get", url, headers)
          expect(res.status).toBe(404)
          expect(res.text).not.toContain(GIULIA.email)
        }
      }
      const missing = await read("order_01JZZZZZZZZZZZZZZZZZZZZZZZ", buyerBrowser(district.store, guest.cartId))
      expect(missing.status).toBe(404)
      // The right secret opens its own order only, and none of the makers' parts of it.
      expect((await read(other.order.id, buyerBrowser(district.store, guest.cartId))).status).toBe(404)
      for (const child of await childrenOf(guest.order.id, 2)) {
        expect((await read(child.order_id, buyerBrowser(district.store, guest.cartId))).status).toBe(404)
      }
      // A signed-in customer is not the guest either.
      const someone = await residentWithLogin(api, district.store, PIERO)
      expect((await read(guest.order.id, someone)).status).toBe(404)
      expect((await call("post", `/store/orders/${guest.order.id}/transfer/request`, someone, {})).status).toBe(404)
      expect(ORDER_SECRET).toBe("x-rbv-order-secret")
    })

    it("one purchase is one order for the resident: one listed order whose total is what was paid, with its round; the makers' parts are never listed nor e-mailed", async () => {
      const resident = await residentWithLogin(api, district.store, GIULIA)
      const placed = await placeOrder(resident, GIULIA, 3, 0)
      const children = await childrenOf(placed.order.id, 3)

      const { data } = await api.get("/store/orders?fields=id,display_id,total", resident)
      expect(data.orders).toHaveLength(1)
      expect(data.orders[0].id).toBe(placed.order.id)
      expect(Math.round(data.orders[0].total * 100)).toBe(placed.paid)
      const { data: deliveries } = await api.get("/store/delivery-rounds/orders", resident)
      expect(deliveries.deliveries).toEqual([expect.objectContaining({ order_id: placed.order.id, round_id: placed.roundId, round_status: "open", stop_status: "scheduled" })])

      // The makers' parts hold none of the resident's contact data.
      const { data: kids } = await getContainer().resolve("query").graph({
        entity: "order",
        fields: ["id", "email", "customer_id", "shipping_address.id", "billing_address.id"],
        filters: { id: children.map((c) => c.order_id) },
      })
      expect(kids).toHaveLength(3)
      for (const kid of kids as any[]) expect({ email: kid.email, customer_id: kid.customer_id, shipping: kid.shipping_address, billing: kid.billing_address }).toEqual({ email: null, customer_id: null, shipping: null, billing: null })

      // E-mails about this purchase: to the resident, about the resident's order only.
      const sent = await waitFor("the e-mail about the resident's order", async () => {
        const all = (await getContainer().resolve(Modules.NOTIFICATION).listNotifications({}, { take: null })) as { to: string; data: any }[]
        return all.some((x) => x.data?.order_id === placed.order.id) ? all : undefined
      })
      const aboutThis = sent.filter((n) => [placed.order.id, ...children.map((c) => c.order_id)].includes(n.data?.order_id))
      expect(aboutThis.length).toBeGreaterThan(0)
      expect(aboutThis.every((n) => n.to === GIULIA.email && n.data.order_id === placed.order.id)).toBe(true)
    })

    it("riders see contacts only while a round assigned to them is planned or under way", async () => {
      const { order, roundId } = await placeOrder(district.store, GIULIA, 1, 0)
      const rider = await volunteerWithLogin(api, district.admin, "Marta Bellini", "marta.window@volontari.demo")
      const planner = await volunteerWithLogin(api, district.admin, "Paolo Zanetti", "paolo.window@volontari.demo", "planner")
      await api.post(`/admin/delivery-rounds/${roundId}`, { volunteer_ids: [rider.id] }, district.admin)
      const look = async (headers: Headers) => {
        const res = await call("get", `/logistics/rounds/${roundId}`, headers)
        expect(res.status).toBe(200)
        return { text: res.text, stop: JSON.parse(res.text).round.stops.find((s: any) => s.display_id === order.display_id) }
      }
      const hidden = (view: { text: string; stop: any }) => {
        for (const secret of contactsOf(GIULIA)) expect(view.text).not.toContain(secret)
        expect(view.stop).toMatchObject({ customer_name: "Giulia Z.", address_1: null, phone: null, lat: null, lng: null })
      }

      hidden(await look(rider.headers)) // open
      // Giulia's is the round's only stop (its completion completes the round): no weekly basket joins it at the close.
      await pauseDemoBaskets(getContainer())
      await api.post(`/admin/delivery-rounds/${roundId}/status`, { status: "closed" }, district.admin)
      hidden(await look(rider.headers))
      await api.post(`/logistics/rounds/${roundId}/plan`, {}, rider.headers)
      const planned = await look(rider.headers)
      expect(planned.stop).toMatchObject({ customer_name: "Giulia Zanardelli", address_1: GIULIA.address_1, phone: GIULIA.phone })
      hidden(await look(planner.headers)) // planned, but not his round to ride
      const { data: started } = await api.post(`/logistics/rounds/${roundId}/start`, {}, rider.headers)
      expect((await look(rider.headers)).stop.phone).toBe(GIULIA.phone)
      const stop = started.round.stops.find((s: any) => s.display_id === order.display_id)
      await api.post(`/logistics/rounds/${roundId}/stops/${stop.id}/complete`, { outcome: "delivered" }, rider.headers)
      const done = await look(rider.headers)
      expect(JSON.parse(done.text).round.status).toBe("completed")
      hidden(done)
    })

    it("makers' orders made before the change lose the resident's contact data to the data fix, once", async () => {
      const { order } = await placeOrder(district.store, GIULIA, 2, 0)
      const children = await childrenOf(order.id, 2)
      // An old child order: as the split used to make it, with the resident's e-mail, customer and address.
      const orderModule = getContainer().resolve(Modules.ORDER) as any
      const { data: parents } = await getContainer().resolve("query").graph({ entity: "order", fields: ["id", "email", "customer_id", "shipping_address.*"], filters: { id: order.id } })
      const { id: _a, created_at: _c, updated_at: _u, deleted_at: _d, ...address } = parents[0].shipping_address
      const [copy] = await orderModule.createOrderAddresses([address])
      await orderModule.updateOrders([{ id: children[0].order_id, email: parents[0].email, customer_id: parents[0].customer_id, shipping_address_id: copy.id }])

      const { forgetVendorOrderContactsWorkflow } = await import("@rbv/vendors/workflows")
      const { result } = await forgetVendorOrderContactsWorkflow(getContainer()).run()
      expect(result).toEqual([children[0].order_id])
      const { data: after } = await getContainer().resolve("query").graph({
        entity: "order",
        fields: ["id", "email", "customer_id", "shipping_address.address_1"],
        filters: { id: [order.id, children[0].order_id] },
      })
      const child = after.find((o: any) => o.id === children[0].order_id)
      const parent = after.find((o: any) => o.id === order.id)
      expect({ email: child.email, customer_id: child.customer_id, address: child.shipping_address }).toEqual({ email: null, customer_id: null, address: null })
      expect(parent).toMatchObject({ email: GIULIA.email, shipping_address: { address_1: GIULIA.address_1 } })
      expect((await forgetVendorOrderContactsWorkflow(getContainer()).run()).result).toEqual([])
    })

    it("a resident's saved addresses open for her only: another resident, a maker and a guest holding their ids read, change and delete nothing", async () => {
      const giulia = await residentWithLogin(api, district.store, GIULIA)
      const piero = await residentWithLogin(api, district.store, PIERO)
      const saved = { ...VERONETTA_ADDRESS, address_name: "Casa", address_1: GIULIA.address_1, phone: GIULIA.phone, last_name: GIULIA.last_name }
      const { data: made } = await api.post("/store/customers/me/addresses", saved, giulia)
      const id = made.customer.addresses.find((a: any) => a.address_1 === GIULIA.address_1).id as string
      const forno = await vendorLogin(api, "forno@sannazaro.demo")
      for (const who of [withKey(piero), withKey(forno), withKey({ headers: {} })]) {
        for (const [method, url, body] of [
          ["get", `/store/customers/me/addresses/${id}`],
          ["post", `/store/customers/me/addresses/${id}`, { address_1: "Via del Ladro 1", is_default_shipping: true }],
          ["delete", `/store/customers/me/addresses/${id}`],
        ] as const) {
          const res = await call(method, url, who, body)
          expect({ method, url, refused: [401, 404].includes(res.status) || res.status }).toEqual({ method, url, refused: true })
          for (const secret of contactsOf(GIULIA)) expect(res.text).not.toContain(secret)
        }
        // A list of addresses is the caller's own (Piero's is empty), or none.
        expect((await call("get", "/store/customers/me/addresses", who)).text).not.toContain(GIULIA.address_1)
      }
      expect((await api.get("/store/customers/me/addresses", withKey(piero))).data.addresses).toEqual([])
      const { data } = await api.get(`/store/customers/me/addresses/${id}`, giulia)
      expect(data.address).toMatchObject({ address_1: GIULIA.address_1, phone: GIULIA.phone, address_name: "Casa", is_default_shipping: false })
    })
  },
})
