// An S3-compatible store for a machine without one: the `s3rver` npm package, in this process,
// bound to loopback, its objects kept with the data. Production points S3_* at a real bucket.
import fs from "node:fs"
import { assertPortFree } from "./ports.mjs"

export async function startS3({ dataDir, port, bucket }) {
  await assertPortFree(port, "the local S3 store", "RBV_S3_PORT")
  fs.mkdirSync(dataDir, { recursive: true })
  const { default: S3rver } = await import("s3rver")
  const server = new S3rver({ address: "127.0.0.1", port, directory: dataDir, silent: true, configureBuckets: [{ name: bucket }] })
  await server.run()
  return {
    // s3rver's fixed development credentials.
    env: {
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_BUCKET: bucket,
      S3_REGION: "us-east-1",
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
    },
    stop: () => server.close(),
  }
}
