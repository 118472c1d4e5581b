"use client"

import { useI18n } from "@/modules/common/i18n-provider"

/** A photo from the phone's camera or gallery (≤ 5 MB), uploaded when the form is sent. */
export function PhotoField({ name, label, error, current }: { name: string; label: string; error?: string; current?: string | null }) {
  const { t } = useI18n()
  const hintId = `${name}-hint`
  const errorId = error ? `${name}-error` : undefined
  return (
    <div className={`field${error ? " field--invalid" : ""}`}>
      <label htmlFor={name}>{label}</label>
      <p className="field__hint" id={hintId}>
        {current ? t("bottega.fields.photo_replace_hint") : t("bottega.fields.photo_hint")}
      </p>
      {current ? <img src={current} alt={t("bottega.fields.photo_current")} width={120} height={120} className="photo-preview" /> : null}
      <input id={name} name={name} type="file" accept="image/*" aria-invalid={error ? true : undefined} aria-describedby={[hintId, errorId].filter(Boolean).join(" ")} />
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  )
}

/** On sale now, or kept as a draft that residents do not see. */
export function StatusChoice({ defaultValue, error }: { defaultValue: "draft" | "published"; error?: string }) {
  const { t } = useI18n()
  return (
    <fieldset className="choice-group choice-group--stacked">
      <legend>{t("bottega.fields.status")}</legend>
      <div className="choice">
        <input type="radio" id="status-published" name="status" value="published" defaultChecked={defaultValue === "published"} />
        <label htmlFor="status-published">{t("bottega.product.status_published_choice")}</label>
      </div>
      <div className="choice">
        <input type="radio" id="status-draft" name="status" value="draft" defaultChecked={defaultValue === "draft"} />
        <label htmlFor="status-draft">{t("bottega.product.status_draft_choice")}</label>
      </div>
      {error ? <p className="field__error">{error}</p> : null}
    </fieldset>
  )
}
