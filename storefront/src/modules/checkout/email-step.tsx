"use client"

import { saveEmail } from "@/lib/actions/checkout"
import { useFormAction } from "@/modules/common/action-form"
import { FormMessages } from "@/modules/common/form-messages"
import { Link } from "@/modules/common/link"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextField } from "@/modules/common/text-field"

/** The e-mail for the order; a resident not signed in is offered to sign in first (login moves this cart to them). */
export function EmailStep({ email, signedIn }: { email: string; signedIn: boolean }) {
  const { t, state, action, field } = useFormAction(saveEmail)
  return (
    <form action={action} className="checkout-form">
      <FormMessages state={state.ok ? { message: t("checkout.saved") } : state} summary={t("errors.form_summary")} />
      <TextField {...field("email", email)} type="email" autoComplete="email" required maxLength={254} label={t("checkout.email.label")} hint={t("checkout.email.hint")} />
      <SubmitButton variant="secondary">{t("checkout.continue")}</SubmitButton>
      {signedIn ? null : (
        <p className="checkout-form__sign-in">
          {t("checkout.email.have_account")} <Link href="/account/accesso?next=/checkout">{t("checkout.email.sign_in")}</Link>
        </p>
      )}
    </form>
  )
}
