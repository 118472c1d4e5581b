import charterEn from "../../../messages/charter/en.json"
import charterIt from "../../../messages/charter/it.json"
import coreEn from "../../../messages/en.json"
import coreIt from "../../../messages/it.json"
import fatalEn from "../../../messages/fatal/en.json"
import fatalIt from "../../../messages/fatal/it.json"
import logisticsEn from "../../../messages/logistics/en.json"
import logisticsIt from "../../../messages/logistics/it.json"
import paymentsEn from "../../../messages/payments/en.json"
import paymentsIt from "../../../messages/payments/it.json"

// One file pair per area (each with its own top-level namespace) so areas can grow apart
// without touching each other's copy; the Italian catalogue is the reference for keys.
export const IT_MESSAGES = { ...coreIt, ...logisticsIt, ...paymentsIt, ...charterIt, ...fatalIt }
export const EN_MESSAGES = { ...coreEn, ...logisticsEn, ...paymentsEn, ...charterEn, ...fatalEn }
