import Link from "next/link"
import type { VendorProduct, VendorSession } from "@/lib/data/bottega"
import type { Locale, Translate } from "@/lib/i18n/translate"
import { variantStock } from "@/lib/util/bottega"
import { formatMoney } from "@/lib/util/money"
import { BottegaShell } from "./bottega-shell"
import { ProductDeleteForm, ProductEditForm, ProductVisibilityForm } from "./product-edit-form"
import { productStatusLabel } from "./products-template"
import { StockForm } from "./stock-form"

type Props = { session: VendorSession; product: VendorProduct; created?: boolean; t: Translate; locale: Locale }

export function ProductEditTemplate({ session, product, created, t, locale }: Props) {
  return (
    <BottegaShell session={session} section="products" title={product.title} t={t}>
      <div role="status">{created ? <p className="notice notice--ok">{t("bottega.product.created")}</p> : null}</div>
      <p className={`badge badge--${product.status}`}>{productStatusLabel(product.status, t)}</p>
      <div className="actions">
        {product.status === "published" && product.handle ? (
          <Link href={`/prodotti/${product.handle}`} className="button button--link">
            {t("bottega.product.view_in_shop")}
          </Link>
        ) : null}
        <Link href="/bottega/prodotti" className="button button--link">
          {t("bottega.product.back")}
        </Link>
      </div>
      <div className="section">
        <ProductVisibilityForm id={product.id} status={product.status} />
      </div>

      <section aria-labelledby="variants-title" className="section">
        <h2 id="variants-title">{t("bottega.product.variants_title")}</h2>
        <ul className="vendor-variants">
          {product.variants.map((variant) => {
            const stock = variantStock(variant)
            const price = variant.prices?.find((p) => p.currency_code === "eur") ?? variant.prices?.[0]
            return (
              <li key={variant.id} className="vendor-variant">
                <p className="vendor-variant__name">
                  <strong>{variant.title}</strong>
                  {price ? <span> {formatMoney(price.amount, price.currency_code, locale)}</span> : null}
                </p>
                <StockForm
                  productId={product.id}
                  variantId={variant.id}
                  name={product.variants.length > 1 ? `${product.title} – ${variant.title}` : product.title}
                  stocked={stock.stocked}
                  reserved={stock.reserved}
                />
              </li>
            )
          })}
        </ul>
      </section>

      <section aria-labelledby="edit-title" className="section">
        <h2 id="edit-title">{t("bottega.product.edit_title")}</h2>
        {/* Remounted when hidden/published elsewhere on the page, so its status choice is never stale. */}
        <ProductEditForm key={product.status} product={product} />
      </section>

      <section aria-labelledby="delete-title" className="section">
        <h2 id="delete-title">{t("bottega.product.delete_title")}</h2>
        <ProductDeleteForm id={product.id} title={product.title} />
      </section>
    </BottegaShell>
  )
}
