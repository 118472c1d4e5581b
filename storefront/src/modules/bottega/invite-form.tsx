"use client"

import { inviteVendorMember } from "@/lib/actions/vendor-profile"
import { ActionForm, useFormAction } from "@/modules/common/action-form"
import { Choice } from "@/modules/common/choice"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextField } from "@/modules/common/text-field"

/** Owners only: invite someone; the link to pass on appears once the invite exists. */
export function InviteForm({ origin }: { origin: string }) {
  const form = useFormAction(inviteVendorMember)
  const { t, state, v, e } = form
  const link = state.data?.invite_path ? `${origin}${state.data.invite_path}` : null
  return (
    <ActionForm form={form} summary className="auth-form">
      {link ? (
        <div className="invite-link">
          <label htmlFor="invite-link">{t("bottega.members.link_label")}</label>
          <p className="field__hint">{t("bottega.members.link_hint")}</p>
          <input id="invite-link" type="text" readOnly value={link} />
        </div>
      ) : null}
      <TextField name="email" type="email" required maxLength={254} label={t("checkout.email.label")} defaultValue={link ? "" : v.email} error={e.email} />
      <fieldset className="choice-group">
        <legend>{t("bottega.members.role")}</legend>
        <div className="choice-group__options">
          <Choice id="role-member" name="role" value="member" defaultChecked={v.role !== "owner"} label={t("bottega.members.role_member")} />
          <Choice id="role-owner" name="role" value="owner" defaultChecked={v.role === "owner"} label={t("bottega.members.role_owner")} />
        </div>
        {e.role ? <p className="field__error">{e.role}</p> : null}
      </fieldset>
      <SubmitButton>{t("bottega.members.invite")}</SubmitButton>
    </ActionForm>
  )
}
