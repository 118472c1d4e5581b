import { runDistrictSuites } from "../../helpers/district"
import settlement from "./settlement.cases"
import webhooks from "./webhooks.cases"
import cardPayouts from "./card-payouts.cases"

// One Medusa boot, booted with the fake Stripe these specs share (helpers/district.ts says why).
runDistrictSuites({
  settlement,
  webhooks,
  "card-payouts": cardPayouts,
})
