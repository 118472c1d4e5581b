// The resident's round-up travels as a custom cart line (so it is paid with the order) marked
// with this metadata key; it belongs to no maker, so the order split leaves it on the parent.
export const ROUNDUP_METADATA_KEY = "rbv_roundup"
export const ROUNDUP_TITLE = "Arrotondamento per il Fondo di solidarietà"
export const MAX_ROUNDUP_CENTS = 1000
