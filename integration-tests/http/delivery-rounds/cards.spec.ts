import { runDistrictSuites } from "../../helpers/district"
import basket from "./basket.cases"
import minimum from "./minimum.cases"
import weighed from "../vendor/weighed.cases"

// Cards through the fake Stripe in a round: saved cards for weekly baskets, a maker's minimum
// released at cutoff, weighed goods captured at their weight — one Medusa boot with that Stripe.
runDistrictSuites({
  basket,
  minimum,
  weighed,
})
