import { expect, test, type APIRequestContext } from "@playwright/test"
import { coordinator } from "../../../backend/src/scripts/demo-district/coordinators"
import { MEDUSA_URL } from "../../playwright.config"
import { adminGet } from "../../helpers/admin-api"
import { BrandPage } from "../pages/brand-page"
import { BrandProductPanel, breakdownParts } from "../pages/brand-product-panel"
import { CheckoutPage } from "../pages/checkout-page"
import { FundPage } from "../pages/fund-page"
import { OrderConfirmationPage } from "../pages/order-confirmation-page"
import { ProductPage } from "../pages/product-page"
import { RoundUpPanel } from "../pages/round-up-panel"

const euroToCents = (text: string) => Math.round(Number(text.replace(/[^\d,]/g, "").replace(",", ".")) * 100)

/** The coordinators record the payment of a pay-on-delivery order (what happens at the door). */
async function capturePaymentOf(request: APIRequestContext, orderId: string) {
  const login = await request.post(`${MEDUSA_URL}/auth/user/emailpass`, { data: { email: coordinator.email, password: coordinator.password } })
  const { token } = await login.json()
  const { order } = await adminGet(request, `/admin/orders/${orderId}?fields=payment_collections.payments.id`)
  const res = await request.post(`${MEDUSA_URL}/admin/payments/${order.payment_collections[0].payments[0].id}/capture`, {
    headers: { authorization: `Bearer ${token}` },
    data: {},
  })
  expect(res.ok()).toBe(true)
}

test.describe("the shared brand", () => {
  test("a resident sees the mark and the transparent price, adds a euro for the fund at checkout, and the fund grows by the share and the round-up", async ({ page, request }) => {
    const fund = new FundPage(page)
    await page.goto("/fondo")
    const before = euroToCents(await fund.balance.innerText())
    expect(before).toBeGreaterThan(0)

    // /marchio: the charter and the certified makers (the bike workshop still waits)
    const brand = new BrandPage(page)
    await brand.goto()
    await expect(brand.heading).toBeVisible()
    await expect(brand.criteria).toHaveCount(5)
    await expect(brand.criteria.first()).toContainText("Fatto nel quartiere")
    await expect(brand.makers.filter({ hasText: "Forno San Nazaro" })).toHaveCount(1)
    await expect(brand.makers.filter({ hasText: "Ciclofficina Porta Vescovo" })).toHaveCount(0)

    // "solo prodotti del marchio": the bike workshop's category empties, bread stays
    await page.goto("/categorie/bici-e-riparazioni")
    await expect(page.getByRole("article").first()).toBeVisible()
    await page.getByLabel("Solo prodotti del marchio").check()
    await page.getByRole("button", { name: "Filtra" }).click()
    await expect(page).toHaveURL(/marchio=1/)
    await expect(page.getByRole("article")).toHaveCount(0)
    // /marchio shows a few of the brand's products and leads to the rest by category: bread's brand view
    await brand.goto()
    await expect(brand.products).toHaveCount(6)
    await expect(brand.categories.filter({ hasText: /^Bici e riparazioni/ })).toHaveCount(0)
    await brand.categories.filter({ hasText: /^Pane e dolci \(\d+\)$/ }).click()
    await expect(page).toHaveURL(/\/categorie\/pane-e-dolci\?marchio=1$/)
    await expect(page.getByRole("article").first()).toBeVisible()
    await expect(page.getByRole("article").first().getByText("Marchio della Rete")).toBeVisible()

    // the product page: the mark, the criteria met, the parts of the price adding up to it
    const product = new ProductPage(page)
    const panel = new BrandProductPanel(page)
    await product.goto("pagnotta-lievito-madre")
    await expect(panel.mark).toBeVisible()
    await expect(panel.criteria.first()).toBeVisible()
    await expect(panel.breakdown).toBeVisible()
    const parts = await panel.parts()
    expect(Object.keys(parts)).toEqual(expect.arrayContaining(["Materie prime", "Lavoro", "Margine dell'artigiano", "Contributo alla rete", "Fondo di solidarietà", "IVA"]))
    const intro = await panel.breakdown.getByText(/^Dove vanno (i|gli) /).innerText()
    const price = euroToCents(/([\d.]+,\d{2})\s€/.exec(intro)![1])
    expect(Object.values(parts).reduce((a, b) => a + b, 0)).toBe(price)

    // buy it with another maker's tomato sauce, round up to the next euro at checkout, pay on delivery
    await product.addToCart()
    await expect(product.addedMessage).toBeVisible()
    await product.goto("passata-pomodoro")
    await product.addToCart()
    await expect(product.addedMessage).toBeVisible()
    const checkout = new CheckoutPage(page)
    await checkout.goto()
    // One VAT on one screen: each line's VAT is rounded to the cent (0,41 + 0,35 €), in the summary as in
    // the order's transparent price; the unrounded sum (0,7545… €) would say 0,75 €.
    const roundUp = new RoundUpPanel(page)
    await expect(roundUp.orderBreakdown).toBeVisible()
    const goodsVat = (await breakdownParts(roundUp.orderBreakdown))["IVA"]
    expect(goodsVat).toBe([450, 380].reduce((sum, price) => sum + price - Math.round(price / 1.1), 0))
    await expect(checkout.summaryValue("di cui IVA")).toHaveText(new RegExp(`^${(goodsVat / 100).toFixed(2).replace(".", ",")}\\s€$`))
    await checkout.enterEmail(`residente+${Date.now()}@example.org`)
    await checkout.enterAddress({ firstName: "Anna", lastName: "Bianchi", street: "Via San Nazaro 20", postalCode: "37129", city: "Verona", province: "VR", phone: "045 800 4321" })
    await checkout.chooseHomeRound()
    await expect(roundUp.group).toBeVisible()
    // "to the next euro" is offered only when the total is not already whole; one euro more always is
    await expect(roundUp.group.getByRole("radio")).toHaveCount((await roundUp.toNextEuro.count()) ? 4 : 3)
    const roundUpCents = 100
    const vatBefore = await checkout.summaryValue("di cui IVA").innerText()
    const goodsBefore = await checkout.summaryValue("Prodotti").innerText()
    await roundUp.choose(roundUp.oneEuro)
    await expect(roundUp.saved).toBeVisible()
    // a donation, not a sale: shown apart from the products, and the VAT does not move
    await expect(checkout.summaryValue("Arrotondamento per il Fondo (donazione, senza IVA)")).toHaveText("1,00 €")
    await expect(checkout.summaryValue("Prodotti")).toHaveText(goodsBefore)
    await expect(checkout.summaryValue("di cui IVA")).toHaveText(vatBefore)
    await expect(page.getByRole("complementary").getByRole("listitem").filter({ hasText: "Arrotondamento" })).toHaveCount(0)
    // the order's transparent price explains the goods; the round-up is told apart, not one of its parts
    await expect(roundUp.orderBreakdown.getByText("In più, il tuo arrotondamento di 1,00 € va tutto al Fondo di solidarietà", { exact: false })).toBeVisible()
    await expect(roundUp.orderBreakdown.getByRole("listitem").filter({ hasText: "Arrotondamento" })).toHaveCount(0)
    await checkout.confirmPayingOnDelivery()
    await expect(page).toHaveURL(/\/ordini\/[^/]+\/conferma$/)
    // the confirmation too: the items are the goods, the round-up is a line of the totals
    const confirmation = new OrderConfirmationPage(page)
    await expect(confirmation.items.getByText("Arrotondamento")).toHaveCount(0)
    await expect(confirmation.totalsValue("Arrotondamento per il Fondo (donazione, senza IVA)")).toHaveText("1,00 €")
    await expect(confirmation.totalsValue("di cui IVA")).toHaveText(vatBefore)

    // paid at the door → the fund page shows the new total: the order's share plus the round-up
    const { orders } = await adminGet(request, `/admin/orders?fields=id,total,items.metadata&order=-created_at&limit=5`)
    const placed = orders.find((o: any) => o.items.some((i: any) => i.metadata?.rbv_roundup))
    await capturePaymentOf(request, placed.id)
    const { fund_policy: policy } = await adminGet(request, "/admin/brand/fund/policy")
    const expected = before + Math.round(((Math.round(placed.total * 100) - roundUpCents) * policy.share_bps) / 10_000) + roundUpCents
    await expect
      .poll(async () => {
        await page.goto("/fondo")
        return euroToCents(await fund.balance.innerText())
      })
      .toBe(expected)
  })
})

