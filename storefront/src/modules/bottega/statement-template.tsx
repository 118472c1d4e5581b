import type { Statement, VendorSession } from "@/lib/data/bottega"
import type { Locale, Translate } from "@/lib/i18n/translate"
import { bpsToPercent, centsToEuro } from "@/lib/util/bottega"
import { STATEMENT_PERIODS, type StatementPeriod } from "@/lib/util/statement-period"
import { formatDate } from "@/lib/util/dates"
import { formatMoney } from "@/lib/util/money"
import { DataTable } from "@/modules/common/data-table"
import { Figure } from "@/modules/common/figure"
import { BottegaShell } from "./bottega-shell"

type StatementTemplateProps = { session: VendorSession; statement: Statement; period: StatementPeriod; t: Translate; locale: Locale }

const PERIOD_KEYS = {
  this_month: "bottega.statement.this_month",
  last_month: "bottega.statement.last_month",
  all: "bottega.statement.all",
} as const

/** Sales, the contribution to the network and what is due to the artisan, per period. */
export function StatementTemplate({ session, statement, period, t, locale }: StatementTemplateProps) {
  const euro = (cents: number) => formatMoney(centsToEuro(cents), "eur", locale)
  const decimal = locale === "it" ? "," : "."
  return (
    <BottegaShell session={session} section="statement" title={t("bottega.statement.title")} t={t}>
      <form method="get" className="search-form no-print">
        <div className="field">
          <label htmlFor="period">{t("bottega.statement.period")}</label>
          <select id="period" name="periodo" defaultValue={period}>
            {STATEMENT_PERIODS.map((p) => (
              <option key={p} value={p}>
                {t(PERIOD_KEYS[p])}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          {t("bottega.statement.show")}
        </button>
      </form>

      <section aria-labelledby="totals-title" className="section">
        <h2 id="totals-title">{t("bottega.statement.totals_title", { period: t(PERIOD_KEYS[period]) })}</h2>
        <dl className="statement-totals">
          <Figure label={t("bottega.statement.orders")}>{statement.orders}</Figure>
          <Figure label={t("bottega.statement.gross")}>{euro(statement.totals.gross)}</Figure>
          <Figure label={t("bottega.statement.commission")}>{euro(statement.totals.commission)}</Figure>
          <Figure label={t("bottega.statement.net")}>
            <strong>{euro(statement.totals.net)}</strong>
          </Figure>
        </dl>
      </section>

      <section aria-labelledby="lines-title" className="section">
        <h2 id="lines-title">{t("bottega.statement.lines_title")}</h2>
        <p className="no-print">
          <a href={`/bottega/estratto-conto/csv?periodo=${period}`} className="button button--secondary" download>
            {t("bottega.statement.download")}
          </a>
        </p>
        {statement.lines.length ? (
          <DataTable
            scroll
            className="orders-table"
            rows={statement.lines}
            rowKey={(line) => `${line.order_id}-${line.created_at}`}
            columns={[
              { header: t("account.order_date"), names: true, cell: (line) => formatDate(line.created_at, locale) },
              {
                header: t("bottega.statement.order"),
                cell: (line) => (
                  <>
                    {line.order_number === null ? "—" : t("bottega.statement.order_number", { number: line.order_number })}
                    {line.kind === "reversal" ? <span className="orders-table__detail muted">{t("bottega.statement.reversal")}</span> : null}
                  </>
                ),
              },
              { header: t("bottega.statement.gross"), cell: (line) => euro(line.gross) },
              { header: t("bottega.statement.rate"), cell: (line) => `${bpsToPercent(line.rate_bps, decimal)}%` },
              { header: t("bottega.statement.commission"), cell: (line) => euro(line.commission) },
              { header: t("bottega.statement.net"), cell: (line) => euro(line.net) },
            ]}
          />
        ) : (
          <p>{t("bottega.statement.empty")}</p>
        )}
      </section>
    </BottegaShell>
  )
}
