"use client"

import { deleteVendorProduct, setVendorProductArchived, setVendorProductStatus, updateVendorProduct } from "@/lib/actions/vendor-products"
import type { VendorCatalogue, VendorProduct } from "@/lib/data/bottega"
import { ActionForm, useFormAction } from "@/modules/common/action-form"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextArea } from "@/modules/common/text-area"
import { TextField } from "@/modules/common/text-field"
import { ClassificationFields, EnglishFields, PhotoField, StatusChoice } from "./product-fields"

type EditableProduct = Pick<
  VendorProduct,
  "id" | "title" | "subtitle" | "description" | "title_en" | "subtitle_en" | "description_en" | "status" | "thumbnail" | "categories" | "vat_class_id"
>

export function ProductEditForm({ product, catalogue }: { product: EditableProduct; catalogue: VendorCatalogue }) {
  const form = useFormAction(updateVendorProduct)
  const { t, v, e } = form
  return (
    <ActionForm form={form} summary className="auth-form bottega-form">
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
    </ActionForm>
  )
}

/** Hide from the shop (draft) or put back on sale, in one tap. */
export function ProductVisibilityForm({ id, status }: { id: string; status: VendorProduct["status"] }) {
  const form = useFormAction(setVendorProductStatus)
  const { t } = form
  const hide = status === "published"
  return (
    <ActionForm form={form}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="status" value={hide ? "draft" : "published"} />
      <SubmitButton variant="secondary">{hide ? t("bottega.product.hide") : t("bottega.product.publish")}</SubmitButton>
    </ActionForm>
  )
}

/** Delete for good, after a confirmation tick (no pop-ups). */
export function ProductDeleteForm({ id, title }: { id: string; title: string }) {
  const form = useFormAction(deleteVendorProduct)
  const { t } = form
  return (
    <ActionForm form={form} className="danger-zone">
      <input type="hidden" name="id" value={id} />
      <div className="choice">
        <input type="checkbox" id="confirm-delete" name="confirm" required />
        <label htmlFor="confirm-delete">{t("bottega.product.delete_confirm", { title })}</label>
      </div>
      <SubmitButton variant="secondary">{t("bottega.product.delete")}</SubmitButton>
    </ActionForm>
  )
}

/** Archive (nothing is lost) or, for an archived product, restore it to the active list. */
export function ProductArchiveForm({ id, title, archived }: { id: string; title: string; archived: boolean }) {
  const form = useFormAction(setVendorProductArchived)
  const { t } = form
  return (
    <ActionForm form={form}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="archived" value={archived ? "false" : "true"} />
      {archived ? (
        <SubmitButton aria-label={t("bottega.product.restore_label", { title })}>{t("bottega.product.restore")}</SubmitButton>
      ) : (
        <SubmitButton variant="secondary">{t("bottega.product.archive")}</SubmitButton>
      )}
    </ActionForm>
  )
}
