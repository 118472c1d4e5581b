import type { VendorCatalogue, VendorProduct, VendorSession } from "@/lib/data/bottega"
import type { Locale, Translate } from "@/lib/i18n/translate"
import { formatDate } from "@/lib/util/dates"
import { ButtonLink } from "@/modules/common/button-link"
import { BottegaShell } from "./bottega-shell"
import { PriceHistory } from "./price-history"
import { ProductArchiveForm, ProductDeleteForm, ProductEditForm, ProductVisibilityForm } from "./product-edit-form"
import { productStatusLabel } from "./products-template"
import { ProductWeightForm } from "./product-weight-form"
import { AddVariantForm, VariantForm } from "./variant-forms"

/** What the page was reached after (`?creato=1`, `?tolto=…`, `?ripristinato=1`), told at its top. */
export type ProductNotice = "created" | "variant_removed" | "variant_removed_kept" | "restored" | null

const NOTICES = {
  created: "bottega.product.created",
  variant_removed: "bottega.product.variant_removed",
  variant_removed_kept: "bottega.product.variant_removed_kept",
  restored: "bottega.product.restored",
} as const

type Props = { session: VendorSession; product: VendorProduct; catalogue: VendorCatalogue; notice: ProductNotice; t: Translate; locale: Locale }

export function ProductEditTemplate({ session, product, catalogue, notice, t, locale }: Props) {
  const archived = Boolean(product.archived_at)
  const several = product.variants.length > 1
  return (
    <BottegaShell session={session} section="products" title={product.title} t={t}>
      <div role="status">{notice ? <p className="notice notice--ok">{t(NOTICES[notice])}</p> : null}</div>
      <p className={`badge badge--${archived ? "archived" : product.status}`}>
        {archived ? t("bottega.product.status_archived") : productStatusLabel(product.status, t)}
      </p>
      {archived ? <p>{t("bottega.product.archived_notice", { date: formatDate(product.archived_at!, locale) })}</p> : null}
      <div className="actions section">
        {archived ? (
          <ProductArchiveForm id={product.id} title={product.title} archived />
        ) : (
          <ProductVisibilityForm id={product.id} status={product.status} />
        )}
        {product.status === "published" && product.handle ? (
          <ButtonLink href={`/prodotti/${product.handle}`} variant="link">{t("bottega.product.view_in_shop")}</ButtonLink>
        ) : null}
        <ButtonLink href="/bottega/prodotti" variant="link">{t("bottega.product.back")}</ButtonLink>
      </div>

      <section aria-labelledby="variants-title" className="section">
        <h2 id="variants-title">{t("bottega.product.variants_title")}</h2>
        <p>{t("bottega.product.variants_intro")}</p>
        {product.variants.map((variant) => (
          <VariantForm key={variant.id} productId={product.id} variant={variant} name={several ? `${product.title} – ${variant.title}` : product.title} />
        ))}
        <AddVariantForm productId={product.id} />
      </section>

      <section aria-labelledby="weight-title" className="section">
        <h2 id="weight-title">{t("bottega.weight.title")}</h2>
        <p>{t("bottega.weight.intro")}</p>
        <ProductWeightForm product={product} />
      </section>

      {product.price_changes?.length ? (
        <section aria-labelledby="prices-title" className="section">
          <h2 id="prices-title">{t("bottega.product.price_history_title")}</h2>
          <PriceHistory changes={product.price_changes} t={t} locale={locale} />
        </section>
      ) : null}

      <section aria-labelledby="edit-title" className="section">
        <h2 id="edit-title">{t("bottega.product.edit_title")}</h2>
        {/* Remounted when hidden/published elsewhere on the page, so its status choice is never stale. */}
        <ProductEditForm key={product.status} product={product} catalogue={catalogue} />
      </section>

      {archived ? null : (
        <section aria-labelledby="archive-title" className="section">
          <h2 id="archive-title">{t("bottega.product.archive_title")}</h2>
          <p>{t("bottega.product.archive_hint")}</p>
          <ProductArchiveForm id={product.id} title={product.title} archived={false} />
        </section>
      )}

      {product.can_delete ? (
        <section aria-labelledby="delete-title" className="section">
          <h2 id="delete-title">{t("bottega.product.delete_title")}</h2>
          <p>{t("bottega.product.delete_hint")}</p>
          <ProductDeleteForm id={product.id} title={product.title} />
        </section>
      ) : null}
    </BottegaShell>
  )
}
