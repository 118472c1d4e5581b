import { expect, test } from "@playwright/test"
import { BottegaPage } from "../pages/bottega-page"
import { BrandCharterPage } from "../pages/brand-charter-page"

test.describe("the brand in La mia bottega", () => {
  test("an artisan waiting for certification fixes its evidence and flags a product, with its price parts", async ({ page }) => {
    const bottega = new BottegaPage(page)
    const charter = new BrandCharterPage(page)
    await bottega.goto()
    await bottega.signIn("officina@ciclofficinaportavescovo.demo", "buonvivere")
    await expect(bottega.sections).toBeVisible()
    await charter.openFromNavigation()
    await expect(page).toHaveURL(/\/bottega\/carta$/)
    await expect(charter.heading).toBeVisible()
    await expect(page.getByText("Adesione inviata: il coordinamento la sta leggendo.")).toBeVisible()
    await expect(charter.evidence("Fatto nel quartiere")).toHaveValue(/Ciclofficina Porta Vescovo/)

    // a criterion without evidence is refused next to it, and nothing is sent
    await charter.evidence("Inclusione sociale").fill("")
    await charter.evidence("Inclusione sociale").evaluate((el) => el.removeAttribute("required"))
    await charter.evidence("Inclusione sociale").evaluate((el) => el.removeAttribute("minlength"))
    await charter.submit.click()
    await expect(charter.fieldError("Inclusione sociale")).toBeVisible()
    await charter.evidence("Inclusione sociale").fill("Due ragazzi della cooperativa del quartiere imparano a riparare bici con noi.")
    await charter.submit.click()
    await expect(charter.sent).toBeVisible()

    // a product's claims: parts above the artisan's share are refused, sensible ones kept
    const product = (await charter.claims.getByRole("group").first().getByRole("checkbox").first().evaluate((el) => el.closest("fieldset")!.querySelector("legend")!.textContent!)).replace(
      /^Criteri rispettati da /,
      ""
    )
    await charter.criterionOf(product, "Fatto nel quartiere").check()
    await charter.materials(product).fill("9999")
    await charter.saveClaims(product)
    await expect(charter.claims.getByText("Materie prime e lavoro superano la tua parte del prezzo.")).toBeVisible()
    await charter.materials(product).fill("1,00")
    await charter.saveClaims(product)
    await expect(charter.claims.getByRole("status").filter({ hasText: "Salvato." })).toBeVisible()
    await page.reload()
    await expect(charter.materials(product)).toHaveValue("1,00")
    await expect(charter.criterionOf(product, "Fatto nel quartiere")).toBeChecked()
  })
})
