"use server"

import { redirect } from "next/navigation"
import { z } from "zod"
import { toUserError } from "../util/errors"
import { sdk } from "../medusa"
import { ARTISAN, formAction } from "./form-action"

const BankDetails = z.object({
  iban: z.string().trim().min(15).max(42),
  account_holder: z.string().trim().min(2).max(140),
})

/** The IBAN bank-transfer payouts go to: `POST /vendor/payouts/bank-details` (the API checks it). */
export const saveBankDetails = formAction({
  caller: ARTISAN,
  schema: BankDetails,
  invalid: (error, t) =>
    Object.fromEntries(error.issues.map((issue) => String(issue.path[0])).map((field) => [field, field === "iban" ? t("payments.bank.invalid_iban") : t("errors.invalid")])),
  // The holder passed the same checks here; what the API still refuses is the IBAN (mod-97).
  refused: (error, t, values) => (toUserError(error).kind === "invalid" ? { fieldErrors: { iban: t("payments.bank.invalid_iban") }, values } : null),
  call: (body, headers) => sdk.client.fetch("/vendor/payouts/bank-details", { method: "POST", headers, body }),
  done: ({ t }) => ({ message: t("payments.bank.saved") }),
})

/** Opens (or resumes) Stripe Express onboarding: Stripe's page, then back to /bottega/pagamenti. */
export const startStripeOnboarding = formAction({
  caller: ARTISAN,
  schema: z.object({}),
  button: true,
  call: (_input, headers) => sdk.client.fetch<{ url: string }>("/vendor/stripe/onboarding", { method: "POST", headers, body: {} }),
  refresh: false,
  done: ({ result }) => redirect(result.url),
})
