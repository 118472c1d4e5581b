import type { StoreFund } from "@/lib/data/fund"
import { numberSound } from "@/lib/i18n/number-sound"
import type { Locale, Translate } from "@/lib/i18n/translate"
import { formatDate } from "@/lib/util/dates"
import { formatMoney } from "@/lib/util/money"
import { DataTable } from "@/modules/common/data-table"

const euro = (cents: number, fund: StoreFund, locale: Locale) => formatMoney(cents / 100, fund.currency_code, locale)

function monthLabel(month: string, locale: Locale) {
  return new Intl.DateTimeFormat(locale === "it" ? "it-IT" : "en-GB", { month: "long", year: "numeric", timeZone: "Europe/Rome" }).format(
    new Date(`${month}-15T12:00:00Z`)
  )
}

export function FundTemplate({ fund, t, locale }: { fund: StoreFund; t: Translate; locale: Locale }) {
  return (
    <>
      <header className="page-header">
        <h1>{t("fund.title")}</h1>
        <p>{t("fund.intro", {
            share: (fund.share_bps / 100).toLocaleString(locale === "it" ? "it-IT" : "en-GB"),
            share_sound: numberSound(fund.share_bps / 100),
          })}</p>
      </header>
      <section aria-labelledby="fund-balance">
        <h2 id="fund-balance">{t("fund.balance")}</h2>
        <p className="fund-balance">{euro(fund.balance, fund, locale)}</p>
        {fund.totals ? (
          <p>
            {t("charter.fund_totals", {
              contributions: euro(fund.totals.contributions, fund, locale),
              roundups: euro(fund.totals.roundups, fund, locale),
              reversals: euro(fund.totals.reversals, fund, locale),
              disbursements: euro(fund.totals.disbursements, fund, locale),
            })}
          </p>
        ) : null}
      </section>
      <section aria-labelledby="fund-months">
        <h2 id="fund-months">{t("fund.by_month")}</h2>
        {fund.months.length ? (
          <DataTable
            rows={fund.months}
            rowKey={(m) => m.month}
            columns={[
              { header: t("fund.month"), names: true, cell: (m) => monthLabel(m.month, locale) },
              { header: t("fund.in"), cell: (m) => euro(m.in, fund, locale) },
              { header: t("fund.out"), cell: (m) => euro(m.out, fund, locale) },
            ]}
          />
        ) : (
          <p>{t("fund.empty")}</p>
        )}
      </section>
      <section aria-labelledby="fund-disbursements">
        <h2 id="fund-disbursements">{t("fund.disbursements")}</h2>
        {fund.disbursements.length ? (
          <ul>
            {fund.disbursements.map((d) => (
              <li key={d.id}>
                {formatDate(d.occurred_at, locale)} — {euro(d.amount, fund, locale)} — {d.beneficiary_project}: {d.purpose}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("fund.no_disbursements")}</p>
        )}
      </section>
    </>
  )
}
