// The product read model now carries each variant's breakdown (`variant_breakdowns`): `medusa db:migrate`
// refreshes it once more for the products that were there before (the same whole-catalogue refresh).
export { default } from "./fill-product-brands"
