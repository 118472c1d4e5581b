"use client"

import { useActionState } from "react"
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state"
import { deleteVendorProduct, setVendorProductArchived, setVendorProductStatus, updateVendorProduct } from "@/lib/actions/vendor-products"
import type { VendorCatalogue, VendorProduct } from "@/lib/data/bottega"
import { FormMessages } from "@/modules/common/form-messages"
import { useI18n } from "@/modules/common/i18n-provider"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextArea } from "@/modules/common/text-area"
import { TextField } from "@/modules/common/text-field"
import { ClassificationFields, EnglishFields, PhotoField, StatusChoice } from "./product-fields"

type EditableProduct = Pick<
  VendorProduct,
  "id" | "title" | "subtitle" | "description" | "title_en" | "subtitle_en" | "description_en" | "status" | "thumbnail" | "categories" | "vat_class_id"
>

export function ProductEditForm({ product, catalogue }: { product: EditableProduct; catalogue: VendorCatalogue }) {
  const { t } = useI18n()
  const [state, action] = useActionState(updateVendorProduct, INITIAL_FORM_STATE)
  const v = state.values ?? {}
  const e = state.fieldErrors ?? {}
  return (
    <form action={action} className="auth-form bottega-form">
      <FormMessages state={state} summary={t("errors.form_summary")} />
      <input type="hidden" name="id" value={product.id} />
      <PhotoField name="photo" label={t("bottega.fields.photo")} current={product.thumbnail} error={e.photo} />
      <TextField name="title" required maxLength={200} label={t("bottega.fields.title")} defaultValue={v.title ?? product.title} error={e.title} />
      <TextField name="subtitle" maxLength={200} label={t("bottega.fields.subtitle")} defaultValue={v.subtitle ?? product.subtitle ?? ""} error={e.subtitle} />
      <TextArea name="description" maxLength={5000} label={t("bottega.fields.description")} defaultValue={v.description ?? product.description ?? ""} error={e.description} />
      <EnglishFields
        values={{
          title_en: v.title_en ?? product.title_en,
          subtitle_en: v.subtitle_en ?? product.subtitle_en,
          description_en: v.description_en ?? product.description_en,
        }}
        errors={e}
      />
      <ClassificationFields catalogue={catalogue} categoryId={product.categories?.[0]?.id} vatClassId={product.vat_class_id} errors={e} />
      <StatusChoice defaultValue={(v.status ?? product.status) === "draft" ? "draft" : "published"} error={e.status} />
      <SubmitButton className="button--large" pendingLabel={t("bottega.product.saving")}>
        {t("bottega.product.save")}
      </SubmitButton>
    </form>
  )
}

/** Hide from the shop (draft) or put back on sale, in one tap. */
export function ProductVisibilityForm({ id, status }: { id: string; status: VendorProduct["status"] }) {
  const { t } = useI18n()
  const [state, action] = useActionState(setVendorProductStatus, INITIAL_FORM_STATE)
  const hide = status === "published"
  return (
    <form action={action}>
      <FormMessages state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="status" value={hide ? "draft" : "published"} />
      <SubmitButton variant="secondary">{hide ? t("bottega.product.hide") : t("bottega.product.publish")}</SubmitButton>
    </form>
  )
}

/** Delete for good, after a confirmation tick (no pop-ups). */
export function ProductDeleteForm({ id, title }: { id: string; title: string }) {
  const { t } = useI18n()
  const [state, action] = useActionState(deleteVendorProduct, INITIAL_FORM_STATE)
  return (
    <form action={action} className="danger-zone">
      <FormMessages state={state} />
      <input type="hidden" name="id" value={id} />
      <div className="choice">
        <input type="checkbox" id="confirm-delete" name="confirm" required />
        <label htmlFor="confirm-delete">{t("bottega.product.delete_confirm", { title })}</label>
      </div>
      <SubmitButton variant="secondary">{t("bottega.product.delete")}</SubmitButton>
    </form>
  )
}

/** Archive (nothing is lost) or, for an archived product, restore it to the active list. */
export function ProductArchiveForm({ id, title, archived }: { id: string; title: string; archived: boolean }) {
  const { t } = useI18n()
  const [state, action] = useActionState(setVendorProductArchived, INITIAL_FORM_STATE)
  return (
    <form action={action}>
      <FormMessages state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="archived" value={archived ? "false" : "true"} />
      {archived ? (
        <SubmitButton aria-label={t("bottega.product.restore_label", { title })}>{t("bottega.product.restore")}</SubmitButton>
      ) : (
        <SubmitButton variant="secondary">{t("bottega.product.archive")}</SubmitButton>
      )}
    </form>
  )
}
