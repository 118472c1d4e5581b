// The resident's round-up is a donation to the fund, not a sale: it adds exactly its amount to
// the total and nothing to the VAT, through every recalculation Medusa makes, up to the order
// and the fund.
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { addressCart, cartWith, checkout, VERONETTA_ADDRESS } from "../../helpers/checkout"
import { backendDir, seedDistrictOnce } from "../../helpers/district"
import { inStockVariantOf } from "../../helpers/vendors"
import { cents } from "../payments/helpers"
import { waitFor } from "../../helpers/wait-for"

jest.setTimeout(300_000)

const FIELDS = "fields=total,tax_total,item_tax_total,*items,*items.tax_lines"

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    const district = seedDistrictOnce(getContainer, api)
    let items: { variant_id: string; quantity: number }[]

    beforeAll(async () => {
      // Bread (reduced VAT) and a ceramic (standard VAT): two rates in one cart.
      const [bread, bowl] = await Promise.all([inStockVariantOf(api, district.store, "forno-san-nazaro"), inStockVariantOf(api, district.store, "ceramiche-acqua-morta")])
      items = [
        { variant_id: bread.id, quantity: 2 },
        { variant_id: bowl.id, quantity: 1 },
      ]
    })

    const cartOf = async (id: string) => (await api.get(`/store/carts/${id}?${FIELDS}`, district.store)).data.cart
    const roundUpLine = (cart: any) => cart.items.find((i: any) => i.metadata?.rbv_roundup)
    /** The same goods at the same address, with or without a round-up. */
    async function twinCarts() {
      const ids = await Promise.all([0, 1].map(() => cartWith(api, district.store, district.regionId, items)))
      for (const id of ids) await addressCart(api, district.store, id)
      return ids
    }

    describe("POST /store/brand/round-up", () => {
      it("adds exactly the round-up to the total and nothing to the VAT, also after Medusa recalculates the cart and at the order", async () => {
        const [plain, rounded] = await twinCarts()
        const before = await cartOf(rounded)
        expect(before.tax_total).toBeGreaterThan(0)

        await api.post("/store/brand/round-up", { cart_id: rounded, amount: 100 }, district.store)
        const after = await cartOf(rounded)
        expect(cents(after.total) - cents(before.total)).toBe(100)
        expect(cents(after.tax_total)).toBe(cents(before.tax_total))
        const line = roundUpLine(after)
        expect(cents(line.total)).toBe(100)
        expect(cents(line.tax_total ?? 0)).toBe(0)
        expect(line.tax_lines.every((t: any) => Number(t.rate) === 0)).toBe(true)

        // Medusa recalculates every line's taxes when the cart changes (quantity, address): still none on the round-up.
        for (const id of [plain, rounded]) {
          const bread = (await cartOf(id)).items.find((i: any) => i.variant_id === items[0].variant_id)
          await api.post(`/store/carts/${id}/line-items/${bread.id}`, { quantity: 3 }, district.store)
          await addressCart(api, district.store, id, { ...VERONETTA_ADDRESS, address_1: "Via San Nazaro 14" })
        }
        const [plainNow, roundedNow] = await Promise.all([cartOf(plain), cartOf(rounded)])
        expect(cents(roundedNow.tax_total)).toBe(cents(plainNow.tax_total))
        expect(cents(roundedNow.total) - cents(plainNow.total)).toBe(100)

        // At completion the order keeps it so: the same VAT as the twin cart, the round-up untaxed.
        const { completed } = await checkout(api, district.store, rounded)
        const { completed: twin } = await checkout(api, district.store, plain)
        const order = (await api.get(`/admin/orders/${completed.order.id}?fields=total,tax_total,*items,*items.tax_lines,payment_collections.payments.id`, district.admin)).data.order
        const twinOrder = (await api.get(`/admin/orders/${twin.order.id}?fields=total,tax_total`, district.admin)).data.order
        expect(cents(order.tax_total)).toBe(cents(twinOrder.tax_total))
        expect(cents(order.total) - cents(twinOrder.total)).toBe(100)
        expect(roundUpLine(order).tax_lines.every((t: any) => Number(t.rate) === 0)).toBe(true)

        // The confirmation e-mail tells it apart too: not among the goods, a sum of its own.
        const confirmationOf = (orderId: string) =>
          waitFor(`the confirmation of ${orderId}`, async () => {
            const n = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "delivery-round-chosen" }, { take: null })
            return n.find((x: any) => x.data?.order_id === orderId)?.data
          })
        const [mail, twinMail] = [await confirmationOf(order.id), await confirmationOf(twin.order.id)]
        expect(mail.roundup).toBe(100)
        expect(twinMail.roundup).toBe(0)
        const byTitle = (items: any[]) => [...items].sort((a, b) => a.title.localeCompare(b.title))
        expect(byTitle(mail.items)).toEqual(byTitle(twinMail.items))
        expect(mail.item_total).toBe(twinMail.item_total)
        expect(mail.total - twinMail.total).toBe(100)

        // Paid at the door: the fund receives the round-up to the cent, and its share of the goods alone.
        await api.post(`/admin/payments/${order.payment_collections[0].payments[0].id}/capture`, {}, district.admin)
        const entries = await waitFor("the order in the fund", async () => {
          const e = (await api.get("/admin/brand/fund", district.admin)).data.fund.entries.filter((x: any) => x.order_id === order.id)
          return e.length === 2 && e
        })
        const { share_bps } = (await api.get("/store/brand/fund", district.store)).data.fund
        expect(entries.find((e: any) => e.kind === "roundup").amount).toBe(100)
        expect(entries.find((e: any) => e.kind === "contribution").amount).toBe(Math.round(((cents(order.total) - 100) * share_bps) / 10_000))
      })

      it("a tax region the coordinators add later (a province with its own default rate) gives the round-up no VAT either", async () => {
        const [, rounded] = await twinCarts()
        await api.post("/store/brand/round-up", { cart_id: rounded, amount: 50 }, district.store)
        const { data: regions } = await api.get("/admin/tax-regions?country_code=it", district.admin)
        await api.post(
          "/admin/tax-regions",
          { country_code: "it", province_code: "vr", parent_id: regions.tax_regions[0].id, default_tax_rate: { name: "IVA Verona", code: "IVA22VR", rate: 22 } },
          district.admin
        )
        // The province's default rate outranks the country's rules: a round-up set now gets its own 0% there.
        const fresh = (await twinCarts())[0]
        const before = await cartOf(fresh)
        await api.post("/store/brand/round-up", { cart_id: fresh, amount: 50 }, district.store)
        const after = await cartOf(fresh)
        expect(cents(after.tax_total)).toBe(cents(before.tax_total))
        expect(roundUpLine(after).tax_lines.every((t: any) => Number(t.rate) === 0)).toBe(true)
      })
    })
  },
})
