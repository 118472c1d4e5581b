"use client"

import { updateVendorProfile } from "@/lib/actions/vendor-profile"
import { ActionForm, useFormAction } from "@/modules/common/action-form"
import { Choice } from "@/modules/common/choice"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextArea } from "@/modules/common/text-area"
import { TextField } from "@/modules/common/text-field"
import { PhotoField } from "./product-fields"
import { WorkshopPlaceFields } from "./workshop-place-fields"

/** The profile as strings for the form's fields (dates as YYYY-MM-DD in Rome time). */
export type ProfileValues = {
  name: string
  story: string
  story_en: string
  phone: string
  logo_url: string | null
  address_1: string
  postal_code: string
  lat: string
  lng: string
  closure_from: string
  closure_to: string
  closure_note: string
  mail_locale: "it" | "en"
}

export function ProfileForm({ profile }: { profile: ProfileValues }) {
  const form = useFormAction(updateVendorProfile)
  const { t, state } = form
  const v = { ...profile, ...(state.values ?? {}) }
  const e = state.fieldErrors ?? {}
  return (
    <ActionForm form={form} summary className="auth-form bottega-form">
      <fieldset className="form-section">
        <legend>{t("bottega.profile.shop")}</legend>
        <TextField name="name" required maxLength={120} label={t("bottega.fields.name")} defaultValue={v.name} error={e.name} />
        <TextArea name="story" maxLength={4000} label={t("bottega.fields.story")} hint={t("bottega.fields.story_hint")} defaultValue={v.story} error={e.story} />
        <TextArea name="story_en" lang="en" maxLength={4000} label={t("bottega.fields.story_en")} hint={t("bottega.fields.story_en_hint")} defaultValue={v.story_en} error={e.story_en} />
        <PhotoField name="logo" label={t("bottega.fields.logo")} current={profile.logo_url} error={e.logo} />
        {profile.logo_url ? (
          <div className="choice">
            <input type="checkbox" id="remove_logo" name="remove_logo" />
            <label htmlFor="remove_logo">{t("bottega.fields.remove_logo")}</label>
          </div>
        ) : null}
        <TextField name="phone" type="tel" autoComplete="tel" maxLength={30} label={t("bottega.fields.phone_optional")} defaultValue={v.phone} error={e.phone} />
      </fieldset>
      <WorkshopPlaceFields t={t} v={v} e={e} />
      <fieldset className="form-section">
        <legend>{t("bottega.profile.closure")}</legend>
        <p className="field__hint">{t("bottega.profile.closure_hint")}</p>
        <div className="field-row">
          <TextField name="closure_from" type="date" label={t("bottega.fields.closure_from")} defaultValue={v.closure_from} error={e.closure_from} />
          <TextField name="closure_to" type="date" label={t("bottega.fields.closure_to")} defaultValue={v.closure_to} error={e.closure_to} />
        </div>
        <TextField name="closure_note" maxLength={500} label={t("bottega.fields.closure_note")} hint={t("bottega.fields.closure_note_hint")} defaultValue={v.closure_note} error={e.closure_note} />
      </fieldset>
      <fieldset className="form-section choice-group">
        <legend>{t("bottega.profile.mail_locale")}</legend>
        <p className="field__hint">{t("bottega.profile.mail_locale_hint")}</p>
        <Choice id="mail_locale-it" name="mail_locale" value="it" defaultChecked={v.mail_locale === "it"} label={<span lang="it">Italiano</span>} />
        <Choice id="mail_locale-en" name="mail_locale" value="en" defaultChecked={v.mail_locale === "en"} label={<span lang="en">English</span>} />
      </fieldset>
      <SubmitButton className="button--large" pendingLabel={t("bottega.product.saving")}>
        {t("bottega.profile.save")}
      </SubmitButton>
    </ActionForm>
  )
}
