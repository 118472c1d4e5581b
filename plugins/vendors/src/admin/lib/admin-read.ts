import { useAdminRead as useKitAdminRead } from "@rbv/kit/admin-ui"
import { adminFetch } from "./sdk"

/** GETs `path` from the API (this plugin's words for a refusal), again whenever `path` (or `again`) changes. */
export const useAdminRead = <T,>(path: string, again?: unknown) => useKitAdminRead<T>(adminFetch, path, again)
