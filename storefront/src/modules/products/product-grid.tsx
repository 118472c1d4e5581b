import type { HttpTypes } from "@medusajs/types"
import type { Locale, Translate } from "@/lib/i18n/translate"
import { ProductCard } from "./product-card"

type ProductGridProps = {
  products: HttpTypes.StoreProduct[]
  t: Translate
  locale: Locale
  headingLevel?: "h2" | "h3"
}

export function ProductGrid({ products, t, locale, headingLevel }: ProductGridProps) {
  return (
    <ul className="product-grid">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} t={t} locale={locale} headingLevel={headingLevel} position={index} />
        </li>
      ))}
    </ul>
  )
}
