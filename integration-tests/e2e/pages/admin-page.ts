import type { Locator, Page } from "@playwright/test"
import { coordinator } from "../../../backend/src/scripts/demo-district/coordinators"
import { MEDUSA_URL } from "../../playwright.config"

/** Medusa's admin (/app) as a coordinator uses it: the sign-in, the side menu and the network's pages. */
export class AdminPage {
  readonly welcome: Locator

  constructor(readonly page: Page) {
    this.welcome = page.getByRole("heading", { name: "Benvenuto in Medusa" })
  }

  /** Signs in as the coordinator. A browser's first visit switches the admin to Italian (one reload): the form is filled after it. */
  async signIn(): Promise<void> {
    await this.page.goto(`${MEDUSA_URL}/app`)
    await this.welcome.waitFor()
    await this.page.getByPlaceholder("Email").fill(coordinator.email)
    await this.page.getByPlaceholder("Password").fill(coordinator.password)
    await this.page.getByRole("button", { name: "Continua con Email" }).click()
  }

  /** An entry of the side menu, by its exact words. */
  menu(name: string): Locator {
    return this.page.getByRole("link", { name, exact: true })
  }

  heading(name: string, level = 1): Locator {
    return this.page.getByRole("heading", { level, name })
  }

  tab(name: string): Locator {
    return this.page.getByRole("tab", { name, exact: true })
  }

  /** A table row, by something written in it. */
  row(text: string): Locator {
    return this.page.getByRole("row").filter({ hasText: text })
  }

  /** The toast an action leaves (Medusa's toaster). */
  toast(text: string | RegExp): Locator {
    return this.page.getByRole("region", { name: /Notifications/ }).getByText(text)
  }

  /** Answers the page's next window.prompt or window.confirm. */
  answerNextDialog(answer?: string): void {
    this.page.once("dialog", (dialog) => dialog.accept(answer))
  }
}
