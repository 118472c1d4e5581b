"use client"

import { useEffect } from "react"
import { ButtonLink } from "@/modules/common/button-link"
import { useI18n } from "@/modules/common/i18n-provider"

/**
 * Any page that could not be rendered — almost always because the shop's API is down or
 * slow. Production hides the server error's text, so the page says what is most likely.
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = useI18n()
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <section className="message-page">
      <h1>{t("fatal.page_title")}</h1>
      <p>{t("fatal.page_text")}</p>
      <p className="actions">
        <button type="button" className="button button--primary" onClick={() => retry()}>
          {t("fatal.retry")}
        </button>
        <ButtonLink href="/" variant="secondary">{t("errors.back_home")}</ButtonLink>
      </p>
    </section>
  )
}
