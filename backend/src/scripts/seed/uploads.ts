import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import type { SeedContainer } from "./context"

/** Demo pictures go through Medusa's file module like any upload; returns their URLs in order. */
export async function uploadSvgs(container: SeedContainer, files: { name: string; svg: string }[]) {
  const { result } = await uploadFilesWorkflow(container).run({
    input: {
      files: files.map((f) => ({
        filename: f.name,
        mimeType: "image/svg+xml",
        content: Buffer.from(f.svg).toString("base64"),
        access: "public" as const,
      })),
    },
  })
  return result.map((file) => file.url)
}
