import type { Translate } from "@/lib/i18n/translate"
import type { StockState } from "@/lib/util/stock"

export type WeighedOffer = { perKg: string; unit: string; tolerance: number; max: string }

/**
 * One variant's price with VAT, what a piece sold by weight may cost, and its stock state: rendered
 * on the server for each variant, the picker only shows the chosen one (no number formatting or
 * message parsing in the phone's browser while the page becomes usable).
 */
export function VariantOffer({ price, stock, weighed, t }: { price: string | null; stock: StockState; weighed: WeighedOffer | null; t: Translate }) {
  return (
    <>
      {price ? (
        <p className="price">
          <span className="price__amount">{weighed ? t("product.weighed.about", { price }) : price}</span>{" "}
          <span className="price__vat">{t("product.vat_included")}</span>
        </p>
      ) : null}
      {weighed ? (
        <>
          <p className="price__per-kg">{t("product.weighed.per_kg", { per_kg: weighed.perKg, unit: weighed.unit })}</p>
          <p className="price__weighed-note">{t("product.weighed.note", { tolerance: weighed.tolerance, max: weighed.max })}</p>
        </>
      ) : null}
      <p className={`stock stock--${stock}`}>{t(`product.stock.${stock}`)}</p>
    </>
  )
}
