"use client"

import { useRef } from "react"
import { applyAsVendor } from "@/lib/actions/vendor-auth"
import { toHandle } from "@/lib/util/bottega"
import { useFormAction } from "@/modules/common/action-form"
import { FormMessages } from "@/modules/common/form-messages"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextArea } from "@/modules/common/text-area"
import { TextField } from "@/modules/common/text-field"
import { WorkshopPlaceFields } from "./workshop-place-fields"

/** Sign up + application in one short form: who you are, your shop, where it is. */
export function ApplicationForm() {
  const { t, state, action, v, e } = useFormAction(applyAsVendor)
  const formRef = useRef<HTMLFormElement>(null)
  /** Suggest the page address from the shop's name, unless one was typed already. */
  const suggestHandle = (name: string) => {
    const handle = formRef.current?.elements.namedItem("handle")
    if (handle instanceof HTMLInputElement && !handle.value) handle.value = toHandle(name)
  }
  return (
    <form ref={formRef} action={action} className="auth-form bottega-form">
      <FormMessages state={state} summary={t("errors.form_summary")} />
      <fieldset className="form-section">
        <legend>{t("bottega.apply.you")}</legend>
        <div className="field-row">
          <TextField name="first_name" autoComplete="given-name" required maxLength={80} label={t("account.register.first_name")} defaultValue={v.first_name} error={e.first_name} />
          <TextField name="last_name" autoComplete="family-name" required maxLength={80} label={t("account.register.last_name")} defaultValue={v.last_name} error={e.last_name} />
        </div>
        <TextField name="email" type="email" autoComplete="email" required maxLength={254} label={t("checkout.email.label")} defaultValue={v.email} error={e.email} />
        <TextField name="password" type="password" autoComplete="new-password" required minLength={8} label={t("account.password")} hint={t("account.password_hint")} error={e.password} />
        <TextField name="phone" type="tel" autoComplete="tel" maxLength={30} label={t("bottega.fields.phone_optional")} defaultValue={v.phone} error={e.phone} />
      </fieldset>
      <fieldset className="form-section">
        <legend>{t("bottega.apply.shop")}</legend>
        <TextField name="name" required maxLength={120} label={t("bottega.fields.name")} defaultValue={v.name} error={e.name} onBlur={(event) => suggestHandle(event.currentTarget.value)} />
        <TextField
          name="handle"
          required
          maxLength={60}
          pattern="[a-z0-9]+(-[a-z0-9]+)*"
          autoCapitalize="none"
          label={t("bottega.fields.handle")}
          hint={t("bottega.fields.handle_hint")}
          defaultValue={v.handle}
          error={e.handle}
        />
        <TextField name="craft" required maxLength={120} label={t("bottega.fields.craft")} hint={t("bottega.fields.craft_hint")} defaultValue={v.craft} error={e.craft} />
        <TextArea name="story" maxLength={4000} label={t("bottega.fields.story_optional")} hint={t("bottega.fields.story_hint")} defaultValue={v.story} error={e.story} />
      </fieldset>
      <WorkshopPlaceFields t={t} v={v} e={e} withCity />
      <SubmitButton className="button--large" pendingLabel={t("bottega.apply.pending")}>
        {t("bottega.apply.submit")}
      </SubmitButton>
    </form>
  )
}
