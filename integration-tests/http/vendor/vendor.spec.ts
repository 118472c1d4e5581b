import { runDistrictSuites } from "../../helpers/district"
import ready from "./ready.cases"
import journey from "./journey.cases"
import cancel from "./cancel.cases"
import products from "./products.cases"
import adminPart from "./admin-part.cases"
import orderVat from "./order-vat.cases"

// One Medusa boot for these specs (helpers/district.ts says why); each stays in its own file. What a
// maker does alone in its shop (members, rates, statement, isolation) is tested on a plain app with
// @rbv/vendors only: http/plain/vendors.spec.ts.
runDistrictSuites({
  ready,
  journey,
  cancel,
  products,
  adminPart,
  orderVat,
})
