import type { Locale, Translate } from "@/lib/i18n/translate"
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
      <div className="table-wrap">
        <table className="run-sheet__table">
          <caption className="visually-hidden">{t("logistics.sheet.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("logistics.sheet.n")}</th>
              <th scope="col">{t("logistics.sheet.eta")}</th>
              <th scope="col">{t("logistics.sheet.name")}</th>
              <th scope="col">{t("logistics.sheet.address")}</th>
              <th scope="col">{t("logistics.sheet.phone")}</th>
              <th scope="col">{t("logistics.sheet.items")}</th>
              <th scope="col">{t("logistics.sheet.amount")}</th>
              <th scope="col">{t("logistics.sheet.notes")}</th>
            </tr>
          </thead>
          <tbody>
            {stops.map((stop) => (
              <tr key={stop.id}>
                <td>{stopNumber(stops, stop)}</td>
                <td>{stop.eta ? formatTime(stop.eta, locale) : "—"}</td>
                <th scope="row">
                  {stop.customer_name}
                  <br />
                  <span className="muted">{stopOrdersText(stop, t)}</span>
                </th>
                <td>
                  {stop.kind === "pickup" && stop.pickup_point_name ? t("logistics.stop.pickup_at", { place: stop.pickup_point_name }) : null}
                  {stop.kind === "home" && stop.address_1 ? `${stop.address_1}, ${[stop.postal_code, stop.city].filter(Boolean).join(" ")}` : null}
                  {stop.kind === "home" && !stop.address_1 ? "—" : null}
                </td>
                <td>{stop.phone ?? "—"}</td>
                <td>
                  <StopItems items={stop.items} />
                </td>
                <td>{stopPaymentText(stop, t, locale)}</td>
                <td className="run-sheet__notes">{stop.note ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("logistics.sheet.pickup_order")}</th>
                  <th scope="col">{t("logistics.sheet.pickup_item")}</th>
                  <th scope="col">{t("logistics.sheet.pickup_quantity")}</th>
                  <th scope="col">{t("logistics.sheet.pickup_check")}</th>
                </tr>
              </thead>
              <tbody>
                {maker.items.map((item, index) => (
                  <tr key={`${item.display_id}-${index}`}>
                    <td>{item.display_id}</td>
                    <td>{item.title}</td>
                    <td>{item.quantity}</td>
                    <td aria-hidden="true">☐</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </section>
    </div>
  )
}
