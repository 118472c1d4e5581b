import { runDistrictSuites } from "../../helpers/district"
import shopMail from "./shop-mail.cases"
import packingList from "./packing-list.cases"
import residentMail from "./resident-mail.cases"

// One Medusa boot for these specs (helpers/district.ts says why); each stays in its own file.
runDistrictSuites({
  "shop-mail": shopMail,
  "packing-list": packingList,
  "resident-mail": residentMail,
})
