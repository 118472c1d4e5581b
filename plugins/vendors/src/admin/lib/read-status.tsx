import { Text } from "@medusajs/ui"
import type { AdminRead } from "./admin-read"

/** A widget's read while it is not there yet: "…" while loading, or the failure in words (`failed`). */
export function ReadStatus({ read, failed }: { read: AdminRead<unknown>; failed: (reason: string) => string }) {
  if (read.state === "loading") return <Text className="text-ui-fg-subtle">…</Text>
  if (read.state === "failed")
    return (
      <Text role="alert" className="text-ui-fg-error">
        {failed(read.message)}
      </Text>
    )
  return null
}
