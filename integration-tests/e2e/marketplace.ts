import { test } from "@playwright/test"
import { STRIPE_KEYS } from "../playwright.config"

/** The running journey's own marketplace (playwright.config.ts runs two, each with its files). */
const metadata = () => test.info().project.metadata as { medusaUrl: string; stripePort: number }

export const medusaUrl = (): string => metadata().medusaUrl

/** The journey's marketplace's fake Stripe: its keys and address. */
export const stripeE2E = () => ({ ...STRIPE_KEYS, port: metadata().stripePort, url: `http://127.0.0.1:${metadata().stripePort}` })
