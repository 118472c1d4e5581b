import { runDistrictSuites } from "../../helpers/district"
import headers from "./headers.cases"
import urlsAndCsv from "./urls-and-csv.cases"
import secrets from "./secrets.cases"
import uploads from "./uploads.cases"
import orderPrivacy from "../privacy/order-privacy.cases"

// One Medusa boot for these specs (helpers/district.ts says why); each stays in its own file.
runDistrictSuites({
  headers,
  "urls-and-csv": urlsAndCsv,
  secrets,
  uploads,
  "order-privacy": orderPrivacy,
})
