import { expect, test } from "@playwright/test"
import { AccountPage } from "../pages/account-page"
import { LoginPage } from "../pages/login-page"
import { SiteHeader } from "../pages/site-header"

// A demo resident created by the demo district seed (all demo residents use "buonvivere").
const RESIDENT = { email: "sofia.bertoldi@residenti.demo", password: "buonvivere", firstName: "Sofia" }

test.describe("customer account", () => {
  test("a resident signs in, sees the account page and signs out", async ({ page }) => {
    const login = new LoginPage(page)
    const account = new AccountPage(page)
    const header = new SiteHeader(page)

    await page.goto("/account")
    await expect(page).toHaveURL(/\/account\/accesso$/)
    await expect(login.heading).toBeVisible()

    await login.signIn(RESIDENT.email, "not-the-password")
    await expect(login.error).toBeVisible()
    await expect(login.email).toHaveValue(RESIDENT.email)

    await login.signIn(RESIDENT.email, RESIDENT.password)
    await expect(page).toHaveURL(/\/account$/)
    await expect(account.heading).toBeVisible()
    await expect(account.greeting(RESIDENT.firstName)).toBeVisible()
    await expect(account.ordersHeading).toBeVisible()
    await expect(header.banner.getByRole("link", { name: "Il tuo account" })).toBeVisible()

    await account.logout()
    await expect(page).toHaveURL(/\/$/)
    await expect(header.banner.getByRole("link", { name: "Accedi" })).toBeVisible()
  })
})
