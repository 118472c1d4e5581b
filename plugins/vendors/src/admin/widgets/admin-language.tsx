import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { useEffect } from "react"

// The dashboard reads its language from the `lng` cookie, then localStorage, falls back to
// English and writes what it found back to both (@medusajs/dashboard's i18n detector); its
// profile page writes them too. So "never chosen" needs a mark of our own.
const KEY = "lng"
const MARK = "rbv_admin_language_default"
const NETWORK_LANGUAGE = "it"

/**
 * The network's coordinators work in Italian: the first time a browser opens the admin (on the
 * login page) it switches to Italian once. A language chosen in the profile afterwards stays.
 */
const AdminLanguageWidget = () => {
  useEffect(() => {
    if (window.localStorage.getItem(MARK)) return
    window.localStorage.setItem(MARK, NETWORK_LANGUAGE)
    if (window.localStorage.getItem(KEY) === NETWORK_LANGUAGE) return
    window.localStorage.setItem(KEY, NETWORK_LANGUAGE)
    document.cookie = `${KEY}=${NETWORK_LANGUAGE}; path=/; max-age=31536000; samesite=lax`
    window.location.reload()
  }, [])
  return null
}

export const config = defineWidgetConfig({ zone: "login.before" })

export default AdminLanguageWidget
