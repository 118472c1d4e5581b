"use client"

import { submitAdherence } from "@/lib/actions/vendor-charter"
import type { Adherence, Criterion } from "@/lib/data/brand"
import { ActionForm, useFormAction } from "@/modules/common/action-form"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextArea } from "@/modules/common/text-area"
import { PhotoField } from "./product-fields"

type Props = { criteria: Criterion[]; previous: Adherence["certification"] }

/** One block per criterion: evidence in words (required) and an optional photo. */
export function CharterForm({ criteria, previous }: Props) {
  const form = useFormAction(submitAdherence)
  const { t, state, e } = form
  const before = new Map((previous?.adherence ?? []).map((a) => [a.criterion_key, a]))
  return (
    <ActionForm form={form} summary className="auth-form bottega-form">
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
    </ActionForm>
  )
}
