import { model } from "@medusajs/framework/utils"
import type { Breakdown } from "./read-model-types"

// Where a variant's price goes (artisan, network, fund, delivery, VAT), keyed by the variant's id
// so a read-only link joins it to store product responses. A read model, refreshed with
// product_brand (product_id: which rows a product's refresh replaces), which holds the same
// breakdowns: a store product request reads them from there (see the service's listPriceBreakdowns),
// any other reader here.
export const PriceBreakdown = model
  .define("price_breakdown", {
    id: model.text().primaryKey(),
    product_id: model.text(),
    price: model.number(),
    lines: model.json<Breakdown["lines"]>(),
    rates: model.json<Breakdown["rates"]>(),
  })
  .indexes([{ on: ["product_id"] }])
