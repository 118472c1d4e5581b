import { addressCart, cartWith, payAndComplete, productsByMaker, roundOption, VERONETTA_ADDRESS } from "../../helpers/checkout"
import { volunteerWithLogin } from "../../helpers/delivery"
import { districtSuite } from "../../helpers/district"
import { testMailbox, TEST_MAIL_FROM, type ReceivedMail } from "../../helpers/mailbox"
import { waitFor } from "../../helpers/wait-for"
// The scheduled job itself, from the built plugin the app runs (same module instance).
import closeRoundsAtCutoff from "@rbv/delivery-rounds/jobs/close-rounds-at-cutoff"

jest.setTimeout(300_000)

const mailbox = testMailbox()

// Two neighbours with coordinates (no geocoder needed): Giulia shops in Italian, Tom in English.
const RESIDENTS = [
  { email: "giulia.mail@example.org", locale: "it", address: { ...VERONETTA_ADDRESS, first_name: "Giulia", metadata: { lat: 45.4421, lng: 11.0075 } } },
  { email: "tom.mail@example.org", locale: "en", address: { ...VERONETTA_ADDRESS, first_name: "Tom", last_name: "Hale", address_1: "Via XX Settembre 40", metadata: { lat: 45.4399, lng: 11.0052 } } },
] as const
const COORDINATOR = "coordinamento@retebuonvivere.demo"

// Money as each language writes it, computed here from the API's amounts (euros).
const money = (locale: "it" | "en", euros: number) => new Intl.NumberFormat(locale === "it" ? "it-IT" : "en-IE", { style: "currency", currency: "EUR" }).format(euros)
// Intl puts a no-break space between number and € in Italian; mail text keeps it.
const flat = (s: string) => s.replace(/\s+/g, " ")

export default districtSuite({
  testSuite: ({ api, getContainer, district }) => {

    it("order confirmation, on its way, delivered / not delivered: each resident in their language, the coordinators told of the failure and of the second pass that delivered it after all; child orders never reach a resident", async () => {
      mailbox.clear()
      const byMaker = [...(await productsByMaker(api, district.store, district.regionId)).values()]
      const variantOf = (list: any[]) => list.flatMap((p) => p.variants).find((v: any) => v.inventory_quantity >= 3)

      const placed: { resident: (typeof RESIDENTS)[number]; order: any; breakdown: any; cart: any }[] = []
      let roundId = ""
      for (const [i, resident] of RESIDENTS.entries()) {
        const items = [0, 1].map((k) => ({ variant_id: variantOf(byMaker[(i + k) % byMaker.length]).id, quantity: 2 - k }))
        const cartId = await cartWith(api, district.store, district.regionId, items)
        await addressCart(api, district.store, cartId, resident.address as any, resident.email)
        // what the storefront's checkout does with the language the resident shops in
        await api.post(`/store/carts/${cartId}`, { metadata: { locale: resident.locale } }, district.store)
        const { id, offer } = await roundOption(api, district.store, cartId)
        roundId = offer.rounds[0].id
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: id }, district.store)
        const { data: cart } = await api.get(`/store/carts/${cartId}?fields=id,items.product_title,items.quantity,items.total`, district.store)
        const { data: breakdown } = await api.get(`/store/brand/carts/${cartId}/breakdown`, district.store)
        const completed = await payAndComplete(api, district.store, cartId)
        expect(completed.type).toBe("order")
        placed.push({ resident, order: completed.order, breakdown: breakdown.breakdown, cart: cart.cart })
      }

      // 1. The confirmation: order number and round in the subject, what was bought, what to pay, the transparent price.
      for (const { resident, order, breakdown, cart } of placed) {
        const [mail] = await mailbox.waitFor(resident.email, "delivery-round-chosen")
        expect(mail.from).toBe("posta@rete.test")
        expect(TEST_MAIL_FROM).toContain(mail.from)
        expect(mail.language).toBe(resident.locale)
        expect(mail.subject).toContain(resident.locale === "it" ? `Ordine n. ${order.display_id} ricevuto: consegna` : `Order no. ${order.display_id} received: delivery`)
        const text = flat(mail.text)
        expect(text).toContain(resident.locale === "it" ? `Ciao ${resident.address.first_name}!` : `Hello ${resident.address.first_name}!`)
        for (const item of cart.items) expect(text).toContain(item.product_title)
        expect(text).toContain(flat(resident.locale === "it" ? `Alla consegna: prepara ${money("it", order.total)}` : `On delivery: please have ${money("en", order.total)} ready`))
        // the transparent price the checkout showed, part by part (cents), adding up to the goods
        expect(breakdown.lines.reduce((s: number, l: any) => s + l.amount, 0)).toBe(breakdown.price)
        expect(text).toContain(flat(resident.locale === "it" ? `dove vanno i tuoi ${money("it", breakdown.price / 100)}` : `where your ${money("en", breakdown.price / 100)} goes`))
        for (const line of breakdown.lines) expect(text).toContain(flat(money(resident.locale, line.amount / 100)))
        expect(mail.html).toContain(`/ordini/${order.id}/conferma`)
        expect(mail.html).toContain(`lang="${resident.locale}"`)
      }

      // 2. Cutoff, plan, start: "on its way" with the round's end time.
      await api.post(`/admin/delivery-rounds/${roundId}`, { cutoff_at: new Date(Date.now() - 60_000).toISOString() }, district.admin)
      await closeRoundsAtCutoff(getContainer())
      const rider = await volunteerWithLogin(api, district.admin, "Marta Bellini", "marta.mail@volontari.demo")
      await api.post(`/admin/delivery-rounds/${roundId}`, { volunteer_ids: [rider.id] }, district.admin)
      await api.post(`/logistics/rounds/${roundId}/plan`, {}, rider.headers)
      const { data: started } = await api.post(`/logistics/rounds/${roundId}/start`, {}, rider.headers)
      expect(started.round.status).toBe("in_progress")
      for (const { resident, order } of placed) {
        const [mail] = await mailbox.waitFor(resident.email, "delivery-out-for-delivery")
        expect(mail.subject).toBe(resident.locale === "it" ? `Il tuo ordine n. ${order.display_id} è in viaggio` : `Your order no. ${order.display_id} is on its way`)
        expect(mail.language).toBe(resident.locale)
      }

      // 3. Giulia's delivery fails with the rider's note (escaped, quoted); the coordinators are told.
      const stopOf = (order: any) => started.round.stops.find((s: any) => s.display_id === order.display_id)
      const [giulia, tom] = placed
      const complete = (order: any, body: object) => api.post(`/logistics/rounds/${roundId}/stops/${stopOf(order).id}/complete`, body, rider.headers)
      const note = "Nessuno in casa <citofono> guasto & cane"
      await complete(giulia.order, { outcome: "failed", note })
      const [failed] = await mailbox.waitFor(giulia.resident.email, "delivery-failed")
      expect(failed.subject).toBe(`Non siamo riusciti a consegnare l'ordine n. ${giulia.order.display_id}`)
      expect(failed.text).toContain(note)
      expect(failed.html).toContain("Nessuno in casa &lt;citofono&gt; guasto &amp; cane")
      expect(failed.html).not.toContain("<citofono>")
      const [coordinator] = await mailbox.waitFor(COORDINATOR, "delivery-failed-coordinator")
      expect(coordinator.subject).toBe(`Consegna non riuscita: ordine n. ${giulia.order.display_id}`)
      expect(coordinator.html).toContain(`/app/orders/${giulia.order.id}`)

      // 4. The rider rings again before riding on and hands it over: Giulia hears it arrived, the coordinators that
      // nobody need call her. Then Tom's delivery.
      await complete(giulia.order, { outcome: "delivered" })
      const [arrived] = await mailbox.waitFor(giulia.resident.email, "delivery-delivered")
      expect(arrived.subject).toBe(`Ordine n. ${giulia.order.display_id} consegnato`)
      expect(arrived.text).not.toContain("Nessuno in casa") // the first pass's note is not this delivery's
      const [again] = await mailbox.waitFor(COORDINATOR, "delivery-delivered-again-coordinator")
      expect(again.subject).toBe(`Consegnato al secondo passaggio: ordine n. ${giulia.order.display_id}`)
      expect(again.html).toContain(`/app/orders/${giulia.order.id}`)
      await complete(tom.order, { outcome: "delivered" })
      const [delivered] = await mailbox.waitFor(tom.resident.email, "delivery-delivered")
      expect(delivered.subject).toBe(`Order no. ${tom.order.display_id} delivered`)
      expect(delivered.text).toContain("Your order has arrived.")
      const aboutDoors = mailbox.to(COORDINATOR).map((m) => m.template).filter((t) => t.endsWith("-coordinator"))
      expect(aboutDoors.sort()).toEqual(["delivery-delivered-again-coordinator", "delivery-failed-coordinator"])

      // Exactly these mails reached each resident: nothing about the makers' child orders, nothing twice.
      const templatesOf = (mails: ReceivedMail[]) => mails.map((m) => m.template).sort()
      expect(templatesOf(mailbox.to(tom.resident.email))).toEqual(["delivery-delivered", "delivery-out-for-delivery", "delivery-round-chosen"])
      expect(templatesOf(mailbox.to(giulia.resident.email))).toEqual(["delivery-delivered", "delivery-failed", "delivery-out-for-delivery", "delivery-round-chosen"])
    })
  },
})
