/**
 * The shop's content is written in Italian (the stored values); English lives in Medusa's
 * Translation Module under this locale (a BCP 47 code Medusa ships: there is no bare "en").
 * The storefront sends it as `x-medusa-locale` for its `/en` pages.
 */
export const ENGLISH_CONTENT_LOCALE = "en-GB"
