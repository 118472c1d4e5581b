"use client"

import { useActionState } from "react"
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state"
import { submitAdherence } from "@/lib/actions/vendor-charter"
import type { Adherence, Criterion } from "@/lib/data/brand"
import { FormMessages } from "@/modules/common/form-messages"
import { useI18n } from "@/modules/common/i18n-provider"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextArea } from "@/modules/common/text-area"
import { PhotoField } from "./product-fields"

type Props = { criteria: Criterion[]; previous: Adherence["certification"] }

/** One block per criterion: evidence in words (required) and an optional photo. */
export function CharterForm({ criteria, previous }: Props) {
  const { t } = useI18n()
  const [state, action] = useActionState(submitAdherence, INITIAL_FORM_STATE)
  const e = state.fieldErrors ?? {}
  const before = new Map((previous?.adherence ?? []).map((a) => [a.criterion_key, a]))
  return (
    <form action={action} className="auth-form bottega-form">
      <FormMessages state={state} summary={t("errors.form_summary")} />
      {criteria.map((c) => {
        const old = before.get(c.key)
        return (
          <fieldset key={c.key} className="form-section">
            <legend>{c.title}</legend>
            {c.description ? <p className="field__hint">{c.description}</p> : null}
            <input type="hidden" name="criterion" value={c.key} />
            {(old?.photos ?? []).map((url) => (
              <input key={url} type="hidden" name={`photos_${c.key}`} value={url} />
            ))}
            <TextArea
              name={`evidence_${c.key}`}
              label={`${t("charter.bottega.evidence_label")}: ${c.title}`}
              required
              minLength={10}
              maxLength={4000}
              defaultValue={state.values?.[`evidence_${c.key}`] ?? old?.evidence ?? ""}
              error={e[`evidence_${c.key}`]}
            />
            {old?.photos.length ? <p className="muted">{t("charter.bottega.photos_count", { count: old.photos.length })}</p> : null}
            <PhotoField name={`photo_${c.key}`} label={`${t("charter.bottega.photo_label")}: ${c.title}`} current={old?.photos.at(-1) ?? null} error={e[`photo_${c.key}`]} />
          </fieldset>
        )
      })}
      <SubmitButton>{t("charter.bottega.submit")}</SubmitButton>
    </form>
  )
}
