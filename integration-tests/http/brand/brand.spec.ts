import { runDistrictSuites } from "../../helpers/district"
import vouchers from "./vouchers.cases"
import fund from "./fund.cases"
import certification from "./certification.cases"

// One Medusa boot for these specs (helpers/district.ts says why); each stays in its own file.
runDistrictSuites({
  vouchers,
  fund,
  certification,
})
