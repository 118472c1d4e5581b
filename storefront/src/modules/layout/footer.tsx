import { Link } from "@/modules/common/link"
import type { Translate } from "@/lib/i18n/translate"

export function Footer({ t }: { t: Translate }) {
  return (
    <footer className="site-footer">
      <div className="container">
        <p className="site-footer__brand">{t("brand.name")}</p>
        <p>{t("footer.about")}</p>
        <p>{t("footer.hub")}</p>
        <p>{t("footer.no_tracking")}</p>
        <p>
          <Link href="/fondo">{t("fund.footer_link")}</Link>
        </p>
        <p>
          {t("footer.for_makers")} <Link href="/bottega">{t("nav.bottega")}</Link>
        </p>
        <p><Link href="/logistica">{t("logistics.footer_link")}</Link></p>
      </div>
    </footer>
  )
}
