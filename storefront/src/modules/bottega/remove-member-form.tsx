"use client"

import { removeVendorMember } from "@/lib/actions/vendor-profile"
import { ActionForm, useFormAction } from "@/modules/common/action-form"
import { SubmitButton } from "@/modules/common/submit-button"

/** Owners only, for another member: one button that ends that person's access to the shop. */
export function RemoveMemberForm({ memberId, name }: { memberId: string; name: string }) {
  const form = useFormAction(removeVendorMember)
  const { t, state } = form
  return (
    <ActionForm form={form} summary className="inline-form">
      <input type="hidden" name="member_id" value={memberId} />
      <input type="hidden" name="name" value={name} />
      {state.ok ? null : <SubmitButton variant="secondary">{t("bottega.members.remove", { name })}</SubmitButton>}
    </ActionForm>
  )
}
