import type { VendorSession } from "@/lib/data/bottega"
import type { Adherence, ProductClaim } from "@/lib/data/brand"
import type { Locale, Translate } from "@/lib/i18n/translate"
import { formatDate } from "@/lib/util/dates"
import { BottegaShell } from "./bottega-shell"
import { CharterClaimsForm } from "./charter-claims-form"
import { CharterForm } from "./charter-form"

type Props = {
  session: VendorSession
  adherence: Adherence
  products: { id: string; title: string }[]
  claims: Map<string, ProductClaim>
  t: Translate
  locale: Locale
}

/** Where the artisan stands with the brand, and the adherence form for the charter in force. */
export function CharterTemplate({ session, adherence, products, claims, t, locale }: Props) {
  const { charter, certification, certificate } = adherence
  const status = certification?.status ?? "none"
  return (
    <BottegaShell session={session} section="charter" title={t("charter.bottega.title")} t={t}>
      {!charter ? (
        <p>{t("charter.bottega.no_charter")}</p>
      ) : (
        <>
          <p>{t("charter.bottega.intro")}</p>
          <div role="status" className="notice">
            {certificate?.valid_until ? (
              <p>{t("charter.bottega.certified", { date: formatDate(certificate.valid_until, locale), version: certificate.charter_version ?? "" })}</p>
            ) : null}
            {adherence.renewal_required ? <p>{t("charter.bottega.renewal", { version: charter.version })}</p> : null}
            <p>{t(`charter.bottega.status.${status}`)}</p>
            {certification?.review_note ? <p>{t("charter.bottega.review_note", { note: certification.review_note })}</p> : null}
          </div>
          {status === "approved" ? null : <CharterForm criteria={charter.criteria} previous={certification} />}
          {products.length ? (
            <section aria-labelledby="charter-claims" className="section">
              <h2 id="charter-claims">{t("charter.bottega.claims.title")}</h2>
              <p>{t("charter.bottega.claims.intro")}</p>
              {products.map((p) => (
                <CharterClaimsForm key={p.id} product={p} criteria={charter.criteria} claim={claims.get(p.id)} />
              ))}
            </section>
          ) : null}
        </>
      )}
    </BottegaShell>
  )
}
