import { Link } from "@/modules/common/link"
import type { VendorProduct, VendorSession } from "@/lib/data/bottega"
import type { Locale, Translate } from "@/lib/i18n/translate"
import { variantStock } from "@/lib/util/bottega"
import { formatMoney } from "@/lib/util/money"
import { ButtonLink } from "@/modules/common/button-link"
import { RedirectNotice } from "@/modules/common/redirect-notice"
import { BottegaShell } from "./bottega-shell"
import { ProductArchiveForm } from "./product-edit-form"
import { StockForm } from "./stock-form"

type ProductsTemplateProps = {
  session: VendorSession
  products: VendorProduct[]
  archived: VendorProduct[]
  notice: "deleted" | "archived" | null
  t: Translate
  locale: Locale
}

export function productStatusLabel(status: VendorProduct["status"], t: Translate): string {
  return status === "published" ? t("bottega.product.status_published") : t("bottega.product.status_draft")
}

export function ProductsTemplate({ session, products, archived, notice, t, locale }: ProductsTemplateProps) {
  return (
    <BottegaShell session={session} section="products" title={t("bottega.products.title")} t={t}>
      <div role="status">
        {notice ? (
          <RedirectNotice params={["eliminato", "archiviato"]}>{t(notice === "deleted" ? "bottega.product.deleted" : "bottega.products.archived_notice")}</RedirectNotice>
        ) : null}
      </div>
      <p>
        <ButtonLink href="/bottega/prodotti/nuovo" variant="primary">{t("bottega.products.new")}</ButtonLink>
      </p>
      {products.length ? (
        <ul className="vendor-products">
          {products.map((product) => (
            <li key={product.id} className="vendor-product">
              <div className="vendor-product__head">
                {product.thumbnail ? <img src={product.thumbnail} alt="" width={72} height={72} className="vendor-product__image" /> : null}
                <div>
                  <h2 className="vendor-product__title">
                    <Link href={`/bottega/prodotti/${product.id}`}>{product.title}</Link>
                  </h2>
                  <p className="vendor-product__meta">
                    <span className={`badge badge--${product.status}`}>{productStatusLabel(product.status, t)}</span>{" "}
                    <span className="muted">{product.categories?.map((c) => c.name).join(", ") || t("bottega.products.no_category")}</span>
                  </p>
                </div>
              </div>
              <ul className="vendor-variants">
                {product.variants.map((variant) => {
                  const stock = variantStock(variant)
                  const price = variant.prices?.find((p) => p.currency_code === "eur") ?? variant.prices?.[0]
                  const name = product.variants.length > 1 ? `${product.title} – ${variant.title}` : product.title
                  return (
                    <li key={variant.id} className="vendor-variant">
                      <p className="vendor-variant__name">
                        {product.variants.length > 1 ? <strong>{variant.title}</strong> : null}
                        {price ? <span> {formatMoney(price.amount, price.currency_code, locale)}</span> : null}
                        {variant.sku ? <span className="muted"> · {t("bottega.fields.sku_short", { sku: variant.sku })}</span> : null}
                      </p>
                      <StockForm productId={product.id} variantId={variant.id} name={name} stocked={stock.stocked} reserved={stock.reserved} />
                    </li>
                  )
                })}
              </ul>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("bottega.products.empty")}</p>
      )}
      {archived.length ? (
        <section aria-labelledby="archived-title" className="section">
          <h2 id="archived-title">{t("bottega.products.archived_title")}</h2>
          <p>{t("bottega.products.archived_intro")}</p>
          <ul className="plain-list archived-products">
            {archived.map((product) => (
              <li key={product.id}>
                <Link href={`/bottega/prodotti/${product.id}`}>{product.title}</Link>
                <ProductArchiveForm id={product.id} title={product.title} archived />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </BottegaShell>
  )
}
