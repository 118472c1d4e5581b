export { isHttpUrl, httpUrl } from "./url"
export { hashSecret, newSecretToken } from "./secret"
export { neutraliseCell, toCsv, type CsvCell } from "./csv"
export { clientAddress, trustFrom } from "./throttle/client-address"
export { throttle, resetThrottleScopes, type ThrottleRule, type ThrottleRequest } from "./throttle/middleware"
export { emailpassThrottleRoutes } from "./throttle/auth-routes"
export { newPasswordPolicy, PASSWORD_LENGTH } from "./password-policy"
export { ChangeOwnPassword, changeOwnPassword, ownPasswordRoute, postOwnPassword } from "./own-password"
export { endSessions, sessionRoutes, SESSION_ENDED } from "./sessions"
export { lineTitle } from "./line-title"
export { throttleSettings, type ThrottleSettings } from "./throttle/settings"
export { closeThrottleStore } from "./throttle/store"
export { badPathSegment, pathGuard } from "./path-guard"
export { apiErrorHandler } from "./errors/error-handler"
export { apiErrorResponse, fieldIssues, invalidFields, INVALID_FIELD, type ApiErrorBody, type FieldIssue } from "./errors/api-error"
export { refusal, type Refusal } from "./errors/refusal"
export { validateAndTransformBody, validateAndTransformQuery } from "./errors/validate"
export { coordinatorLocale, coordinatorRecipients, mailLocale, mailNotifications, residentLocale, sendMail, sendSecretMail, withMailSecrets, type MailRecipient } from "./mail"
export {
  StorefrontTags,
  productTags,
  vendorTags,
  revalidateStorefront,
  revalidationSettings,
  resetStorefrontRevalidation,
} from "./storefront-revalidation"
export { searchFacet, searchFacetsOf, type SearchFacet, type SearchFacetAnswer } from "./search-facets"
export { ORDER_SECRET_HEADER, residentMayReadOrder, residentOrderOnly } from "./resident-order-access"
export { shopOfRequest, type MakerShop } from "./shop-of-request"
export { MAKERS_MODULE, makersInstalled } from "./makers"
export { requestedFields, withQueryFields } from "./query-fields"
export { ENGLISH_CONTENT_LOCALE } from "./content-locale"
export { canWeigh, whyWeighingRefused, type WeighablePart } from "./weighing"
export { parseTypedAmount, parseTypedHundredths } from "./amount"
export { typedAmounts } from "./typed-amounts"
export { DISTRICT_TIME_ZONE, districtDay } from "./district-day"
export { moduleSteps, previousValues } from "./module-steps"
export { NOT_SIGNED_IN, signedIn } from "./signed-in"
export { vatByRate, vatCents } from "./order-vat"
