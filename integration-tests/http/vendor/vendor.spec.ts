import { runDistrictSuites } from "../../helpers/district"
import statement from "./statement.cases"
import membersAndRates from "./members-and-rates.cases"
import ready from "./ready.cases"
import isolation from "./isolation.cases"
import journey from "./journey.cases"
import cancel from "./cancel.cases"
import products from "./products.cases"

// One Medusa boot for these specs (helpers/district.ts says why); each stays in its own file.
runDistrictSuites({
  statement,
  "members-and-rates": membersAndRates,
  ready,
  isolation,
  journey,
  cancel,
  products,
})
