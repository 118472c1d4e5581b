import { runDistrictSuites } from "../../helpers/district"
import checkout from "./checkout.cases"
import demoDistrict from "./demo-district.cases"
import search from "./search.cases"

// One Medusa boot for these specs (helpers/district.ts says why); each stays in its own file.
runDistrictSuites({
  checkout,
  "demo-district": demoDistrict,
  search,
})
