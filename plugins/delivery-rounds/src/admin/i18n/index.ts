import en from "./json/en.json"
import it from "./json/it.json"

// The dashboard merges these into its own translations: our pages follow the admin's language
// (Italian for the network's coordinators, see @rbv/vendors' admin-language widget).
export default {
  en: { translation: en },
  it: { translation: it },
}
