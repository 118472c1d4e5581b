import Link from "next/link"
import { getT } from "@/lib/i18n/server"

export default async function NotFound() {
  const { t } = await getT()
  return (
    <section className="message-page">
      <h1>{t("errors.not_found_title")}</h1>
      <p>{t("errors.not_found_text")}</p>
      <p>
        <Link href="/" className="button button--primary">
          {t("errors.back_home")}
        </Link>
      </p>
    </section>
  )
}
