import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Alert } from "@medusajs/ui"
import { useEffect } from "react"
import { useTranslation } from "react-i18next"

// Set by @rbv/kit's session check when it refused this browser's admin session (ADMIN_SESSION_ENDED_COOKIE).
const MARK = "rbv_session_ended"

// Read once per visit of the login page and forgotten at once: the dashboard may mount the login page more than once.
let ended: boolean | undefined
function takeMark(): boolean {
  if (ended === undefined) {
    ended = document.cookie.split("; ").some((c) => c === `${MARK}=1`)
    if (ended) document.cookie = `${MARK}=; path=/; max-age=0; samesite=lax`
  }
  return ended
}

/**
 * The admin sends any refused session to its login page without a word. When the refusal was ours — the
 * coordinator's password was reset elsewhere — the login page says so.
 */
const SessionEndedWidget = () => {
  const { t } = useTranslation()
  const show = takeMark()
  // Leaving the login page (signed in again): a later visit reads the mark afresh.
  useEffect(
    () => () => {
      if (!window.location.pathname.endsWith("/login")) ended = undefined
    },
    []
  )
  if (!show) return null
  return (
    <Alert variant="warning" className="mb-4" role="status">
      {t("rbvVendors.session.ended")}
    </Alert>
  )
}

export const config = defineWidgetConfig({ zone: "login.before" })

export default SessionEndedWidget
