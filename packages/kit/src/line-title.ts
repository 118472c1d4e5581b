/**
 * How an order line is named in an e-mail: the product, and its size unless it is Medusa's placeholder for a product
 * of one size ("Pagnotta di grani antichi · 1 kg", "Tagliere in noce").
 */
export const lineTitle = (line: { title?: string | null; product_title?: string | null; variant_title?: string | null }) =>
  [line.product_title || line.title, line.variant_title && line.variant_title !== "Default variant" ? line.variant_title : null].filter(Boolean).join(" · ")
