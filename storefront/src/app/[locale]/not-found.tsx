"use client"

import { ButtonLink } from "@/modules/common/button-link"
import { useI18n } from "@/modules/common/i18n-provider"

/** Client side, so that a cached page that turns out missing reads no cookie to say so. */
export default function NotFound() {
  const { t } = useI18n()
  return (
    <section className="message-page">
      <h1>{t("errors.not_found_title")}</h1>
      <p>{t("errors.not_found_text")}</p>
      <p>
        <ButtonLink href="/" variant="primary">{t("errors.back_home")}</ButtonLink>
      </p>
    </section>
  )
}
