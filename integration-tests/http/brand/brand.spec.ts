import { runDistrictSuites } from "../../helpers/district"
import fund from "./fund.cases"
import certification from "./certification.cases"

// One Medusa boot for these specs (helpers/district.ts says why); each stays in its own file. The
// «spesa sospesa» vouchers need nothing of the other plugins: http/plain/brand.spec.ts.
runDistrictSuites({
  fund,
  certification,
})
