import type { Locale, Translate } from "@/lib/i18n/translate"
import { DataTable } from "@/modules/common/data-table"
import { formatCents, formatTime, formatWindow } from "./format"
import { PrintButton } from "./print-button"
import { inRunOrder, stopNumber } from "./run"
import { StopItems } from "./stop-items"
import { stopOrdersText, stopPaymentText } from "./stop-text"
import type { RoundDetail } from "./types"

/**
 * The paper the rider takes along: every stop in order (name, address, phone, items per maker,
 * money to collect, room for notes), then one pickup sheet per maker, each on its own page.
 */
export function RunSheetTemplate({ round, t, locale }: { round: RoundDetail; t: Translate; locale: Locale }) {
  const stops = inRunOrder(round.stops)
  return (
    <div className="run-sheet">
      <p>
        {formatWindow(round.starts_at, round.ends_at, locale)}
        {round.hub ? ` · ${t("logistics.sheet.start", { hub: [round.hub.name, round.hub.address].filter(Boolean).join(", ") })}` : ""}
      </p>
      <PrintButton />
      {!round.can_see_contacts ? <p className="notice notice--warning">{t("logistics.round.contacts_hidden")}</p> : null}
      <DataTable
        scroll
        className="run-sheet__table"
        caption={t("logistics.sheet.title")}
        rows={stops}
        rowKey={(stop) => stop.id}
        columns={[
          { header: t("logistics.sheet.n"), cell: (stop) => stopNumber(stops, stop) },
          { header: t("logistics.sheet.eta"), cell: (stop) => (stop.eta ? formatTime(stop.eta, locale) : "—") },
          {
            header: t("logistics.sheet.name"),
            names: true,
            cell: (stop) => (
              <>
                {stop.customer_name}
                <br />
                <span className="muted">{stopOrdersText(stop, t)}</span>
              </>
            ),
          },
          {
            header: t("logistics.sheet.address"),
            cell: (stop) => (
              <>
                {stop.kind === "pickup" && stop.pickup_point_name ? t("logistics.stop.pickup_at", { place: stop.pickup_point_name }) : null}
                {stop.kind === "home" && stop.address_1 ? `${stop.address_1}, ${[stop.postal_code, stop.city].filter(Boolean).join(" ")}` : null}
                {stop.kind === "home" && !stop.address_1 ? "—" : null}
              </>
            ),
          },
          { header: t("logistics.sheet.phone"), cell: (stop) => stop.phone ?? "—" },
          { header: t("logistics.sheet.items"), cell: (stop) => <StopItems items={stop.items} /> },
          { header: t("logistics.sheet.amount"), cell: (stop) => stopPaymentText(stop, t, locale) },
          { header: t("logistics.sheet.notes"), cellClassName: "run-sheet__notes", cell: (stop) => stop.note ?? "" },
        ]}
      />
      <p className="run-sheet__total">{t("logistics.sheet.total_to_collect", { amount: formatCents(round.totals.amount_to_collect, locale) })}</p>

      <section aria-labelledby="pickup-sheets">
        <h2 id="pickup-sheets">{t("logistics.sheet.pickups_title")}</h2>
        {round.makers.length ? null : <p>{t("logistics.sheet.pickup_none")}</p>}
        {round.makers.map((maker) => (
          <section key={maker.vendor_id} className="pickup-sheet" aria-labelledby={`pickup-${maker.vendor_id}`}>
            <h3 id={`pickup-${maker.vendor_id}`}>{t("logistics.sheet.pickup_title", { maker: maker.name })}</h3>
            <p className="muted">
              {round.name} · {formatWindow(round.starts_at, round.ends_at, locale)}
              {maker.address_1 ? ` · ${maker.address_1}` : ""}
            </p>
            <DataTable
              rows={maker.items}
              rowKey={(item, index) => `${item.display_id}-${index}`}
              columns={[
                { header: t("logistics.sheet.pickup_order"), cell: (item) => item.display_id },
                { header: t("logistics.sheet.pickup_item"), cell: (item) => item.title },
                { header: t("logistics.sheet.pickup_quantity"), cell: (item) => item.quantity },
                { header: t("logistics.sheet.pickup_check"), paperOnly: true, cell: () => "☐" },
              ]}
            />
          </section>
        ))}
      </section>
    </div>
  )
}
