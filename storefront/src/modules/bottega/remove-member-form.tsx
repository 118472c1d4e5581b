"use client"

import { useActionState } from "react"
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state"
import { removeVendorMember } from "@/lib/actions/vendor-profile"
import { FormMessages } from "@/modules/common/form-messages"
import { useI18n } from "@/modules/common/i18n-provider"
import { SubmitButton } from "@/modules/common/submit-button"

/** Owners only, for another member: one button that ends that person's access to the shop. */
export function RemoveMemberForm({ memberId, name }: { memberId: string; name: string }) {
  const { t } = useI18n()
  const [state, action] = useActionState(removeVendorMember, INITIAL_FORM_STATE)
  return (
    <form action={action} className="inline-form">
      <FormMessages state={state} summary={t("errors.form_summary")} />
      <input type="hidden" name="member_id" value={memberId} />
      <input type="hidden" name="name" value={name} />
      {state.ok ? null : <SubmitButton variant="secondary">{t("bottega.members.remove", { name })}</SubmitButton>}
    </form>
  )
}
