"use client"

import { useI18n } from "@/modules/common/i18n-provider"

export function PrintButton() {
  const { t } = useI18n()
  return (
    <button type="button" className="button button--primary no-print" onClick={() => window.print()}>
      {t("logistics.sheet.print")}
    </button>
  )
}
