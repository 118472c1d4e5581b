import { runDistrictSuites } from "../../helpers/district"
import store from "./store.cases"
import admin from "./admin.cases"
import batches from "./batches.cases"
import roundReport from "./round-report.cases"
import capacity from "./capacity.cases"

// One Medusa boot for these specs (helpers/district.ts says why); each stays in its own file.
runDistrictSuites({
  store,
  admin,
  batches,
  "round-report": roundReport,
  capacity,
})
