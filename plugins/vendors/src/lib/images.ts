import sharp from "sharp"

// The photo formats a maker may upload, with the extension a stored file gets.
export const IMAGE_TYPES = { "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp", "image/avif": "avif" } as const
export type ImageMime = keyof typeof IMAGE_TYPES

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024
// Longest side of a stored photo: plenty for the shop on any screen, and a phone's 50 MP original
// would only slow residents' pages down.
export const MAX_IMAGE_SIDE = 2400
const MAX_INPUT_PIXELS = 60_000_000

/**
 * The type read from the file's bytes (file-type's signatures), never from its name or the type
 * the browser declared; null unless it is one of the four photo formats. file-type is ESM-only:
 * loaded with import(), which Node 20.19+ and jest (--experimental-vm-modules) both provide.
 */
export async function sniffImageType(bytes: Uint8Array): Promise<ImageMime | null> {
  const { fileTypeFromBuffer } = await import("file-type")
  const detected = await fileTypeFromBuffer(bytes)
  return detected && detected.mime in IMAGE_TYPES ? (detected.mime as ImageMime) : null
}

/**
 * Decodes the photo and encodes it again in the same format. What is stored is only pixels: a
 * file that merely starts like an image fails to decode (refused), bytes hidden after or inside
 * the image are dropped, and so is the EXIF block (a phone's GPS position of the workshop). The
 * photo is turned upright first, since the orientation tag goes with the EXIF.
 */
export async function reencodeImage(bytes: Buffer, mime: ImageMime): Promise<Buffer> {
  const image = sharp(bytes, { failOn: "error", limitInputPixels: MAX_INPUT_PIXELS })
    .rotate()
    .resize({ width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE, fit: "inside", withoutEnlargement: true })
  switch (mime) {
    case "image/jpeg":
      return image.jpeg({ quality: 85, mozjpeg: true }).toBuffer()
    case "image/png":
      return image.png({ compressionLevel: 9 }).toBuffer()
    case "image/webp":
      return image.webp({ quality: 85 }).toBuffer()
    case "image/avif":
      return image.avif({ quality: 60 }).toBuffer()
  }
}
