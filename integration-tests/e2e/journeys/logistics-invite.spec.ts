import { expect, test } from "@playwright/test"
import { adminPost } from "../../helpers/admin-api"

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

test("a coordinator invites a volunteer, who creates a login from the link and lands on their rounds", async ({ page, request }) => {
  const email = `nuova.volontaria+${Date.now()}@volontari.demo`
  const { invite_token } = await adminPost(request, "/admin/volunteers", { name: "Nadia Colombo", email, role: "rider" })

  // A tampered link is refused in plain words.
  await page.goto(`/logistica/invito?token=${invite_token}x`)
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Password").fill("buonvivere")
  await page.getByRole("button", { name: "Crea l'accesso" }).click()
  await expect(page.getByText(/Questo invito non è valido/)).toBeVisible()

  await page.goto(`/logistica/invito?token=${invite_token}`)
  await expect(page.getByRole("heading", { name: "Unisciti alla logistica" })).toBeVisible()
  await page.getByLabel("Email").fill(email)
  await page.getByLabel("Password").fill("buonvivere")
  await page.getByRole("button", { name: "Crea l'accesso" }).click()
  await expect(page).toHaveURL(/\/logistica$/)
  await expect(page.getByRole("heading", { name: "I miei giri" })).toBeVisible()
  await expect(page.getByText("Per ora non hai giri assegnati.")).toBeVisible()
})
