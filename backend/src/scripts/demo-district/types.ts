// The demo district is plain data; seed-district.ts turns it into Medusa records.
// Money is integer euro cents, VAT included (Italian shelf prices).

export type VatClass = "standard" | "reduced" | "super_reduced" // 22% | 10% | 4%

export type DemoPlace = {
  address_1: string
  postal_code: "37129" | "37131"
  city: "Verona"
  province: "VR"
  lat: number
  lng: number
}

export type DemoMaker = {
  handle: string // kebab-case, unique
  name: string // shop name, e.g. "Forno San Nazaro"
  owner_first_name: string
  owner_last_name: string
  email: string // login of the shop owner (vendors plugin turns it into a member)
  phone: string
  craft: string // Italian, short: "panificio", "apicoltura", ...
  story: string // Italian, 2–4 sentences in the maker's voice
  story_en: string
  place: DemoPlace
}

export type DemoCategory = {
  handle: string
  name: string // Italian
  name_en: string
  description: string // Italian
  vat: VatClass
}

export type DemoVariant = {
  title: string
  sku: string
  options: Record<string, string> // option title → value
  price: number // cents, VAT included
  stock: number
}

export type DemoImage = {
  motif: string // key understood by images.ts (e.g. "bread", "jar", "bowl", "shirt")
  background: string // hex colour
  accent: string // hex colour
}

/** A product's texts in another language (see products-en.ts). */
export type DemoProductText = {
  title: string
  subtitle?: string
  description: string
}

export type DemoProduct = {
  handle: string
  title: string // Italian
  subtitle?: string
  description: string // Italian, 1–3 sentences
  maker: string // DemoMaker.handle
  category: string // DemoCategory.handle
  weight: number // grams
  options: { title: string; values: string[] }[]
  variants: DemoVariant[]
  image: DemoImage
  featured?: boolean
  // Sold by weight (one size): price per kg in cents, estimated grams per piece, tolerance in %.
  // The size's price must be the price of the estimate (checked by the demo's unit test).
  weight_pricing?: { price_per_kg: number; unit_grams: number; tolerance_percent: number }
}

export type DemoResident = {
  first_name: string
  last_name: string
  phone: string
  place: DemoPlace
}

export type DemoCustomer = {
  email: string
  password: string
  resident: number // index in residents
}
