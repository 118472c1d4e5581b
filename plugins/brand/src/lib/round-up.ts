// The resident's round-up travels as a custom cart line (so it is paid with the order) marked
// with this metadata key; it belongs to no maker, so the order split leaves it on the parent.
export const ROUNDUP_METADATA_KEY = "rbv_roundup"
export const ROUNDUP_TITLE = "Arrotondamento per il Fondo di solidarietà"
export const MAX_ROUNDUP_CENTS = 1000

// A donation is not a sale: the round-up line carries this product type, which every tax region
// rates at 0% (see workflows/fund/steps/ensure-round-up-tax-class.ts), so it adds no VAT.
export const ROUNDUP_PRODUCT_TYPE = "Donazione al Fondo di solidarietà"
export const ROUNDUP_TAX_RATE = { rate: 0, code: "DONAZIONE", name: "Donazione al Fondo: fuori campo IVA" }
