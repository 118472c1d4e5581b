"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { z } from "zod"
import { getT } from "../i18n/server"
import { toUserError } from "../util/errors"
import { sdk } from "../medusa"
import { formValues, type FormState } from "./form-state"
import { callerHeaders, vendorApiErrorState } from "./vendor-form"

const BankDetails = z.object({
  iban: z.string().trim().min(15).max(42),
  account_holder: z.string().trim().min(2).max(140),
})

/** The IBAN bank-transfer payouts go to: `POST /vendor/payouts/bank-details` (the API checks it). */
export async function saveBankDetails(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT()
  const values = formValues(formData)
  const headers = await callerHeaders()
  if (!headers) return { error: t("bottega.errors.session"), values }
  const parsed = BankDetails.safeParse(values)
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {}
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0])
      fieldErrors[field] = field === "iban" ? t("payments.bank.invalid_iban") : t("errors.invalid")
    }
    return { fieldErrors, values }
  }
  try {
    await sdk.client.fetch("/vendor/payouts/bank-details", { method: "POST", headers, body: parsed.data })
  } catch (error) {
    // The holder passed the same checks here; what the API still refuses is the IBAN (mod-97).
    if (toUserError(error).kind === "invalid") return { fieldErrors: { iban: t("payments.bank.invalid_iban") }, values }
    return vendorApiErrorState(error, t, values)
  }
  refresh()
  return { message: t("payments.bank.saved") }
}

/** Opens (or resumes) Stripe Express onboarding: Stripe's page, then back to /bottega/pagamenti. */
export async function startStripeOnboarding(_prev: FormState, _formData: FormData): Promise<FormState> {
  const { t } = await getT()
  const headers = await callerHeaders()
  if (!headers) return { error: t("bottega.errors.session") }
  let url: string
  try {
    ;({ url } = await sdk.client.fetch<{ url: string }>("/vendor/stripe/onboarding", { method: "POST", headers, body: {} }))
  } catch (error) {
    return vendorApiErrorState(error, t, {})
  }
  redirect(url)
}
