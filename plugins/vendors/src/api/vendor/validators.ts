import { z } from "@medusajs/framework/zod"
import { httpUrl } from "@rbv/kit"
import { ORDER_STAGES } from "../../lib/vendor-order-readiness"
import { VENDOR_MAIL_LOCALES } from "../../modules/vendor/models/vendor"

const handle = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lowercase letters, digits and dashes").min(3).max(60)
const coordinate = (min: number, max: number) => z.number().min(min).max(max)
// A day (from a date field) or an instant; a bare number is not a date.
const day = z.union([z.iso.date(), z.iso.datetime({ offset: true })]).pipe(z.coerce.date())
const mailLocale = z.enum([...VENDOR_MAIL_LOCALES])

export const VendorApply = z
  .object({
    name: z.string().trim().min(2).max(120),
    handle,
    craft: z.string().trim().min(2).max(120),
    story: z.string().trim().max(4000).optional(),
    phone: z.string().trim().min(6).max(30).optional(),
    address_1: z.string().trim().min(3).max(200),
    postal_code: z.string().regex(/^\d{5}$/, "a five-digit CAP"),
    city: z.string().trim().min(2).max(80).default("Verona"),
    lat: coordinate(-90, 90).optional(),
    lng: coordinate(-180, 180).optional(),
    first_name: z.string().trim().min(1).max(80),
    last_name: z.string().trim().min(1).max(80),
    // the language the maker applied in: the shop's e-mails start in it
    mail_locale: mailLocale.optional(),
  })
  .strict()
export type VendorApply = z.infer<typeof VendorApply>

export const VendorUpdateMe = z
  .object({
    name: z.string().trim().min(2).max(120).optional(),
    story: z.string().trim().max(4000).nullish(),
    // the story in English (Medusa's Translation Module); empty: the shop shows the Italian
    story_en: z.string().trim().max(4000).nullish(),
    phone: z.string().trim().min(6).max(30).nullish(),
    logo_url: httpUrl("logo_url").nullish(),
    address_1: z.string().trim().min(3).max(200).optional(),
    postal_code: z.string().regex(/^\d{5}$/, "a five-digit CAP").optional(),
    lat: coordinate(-90, 90).nullish(),
    lng: coordinate(-180, 180).nullish(),
    closure_from: day.nullish(),
    closure_to: day.nullish(),
    closure_note: z.string().trim().max(500).nullish(),
    mail_locale: mailLocale.optional(),
  })
  .strict()
export type VendorUpdateMe = z.infer<typeof VendorUpdateMe>

// Prices are euro with VAT included (as the region), exact to the cent.
const price = z.object({ amount: z.number().nonnegative().max(100_000).multipleOf(0.01), currency_code: z.enum(["eur"]) }).strict()
const prices = z.array(price).min(1).max(1)
const variantTitle = z.string().trim().min(1).max(120)
// English is optional: an empty text is stored empty and residents reading English get the Italian.
const variantTitleEn = z.string().trim().max(120).nullish()
const sku = z.string().trim().min(1).max(80)
const stock = z.number().int().nonnegative().max(100_000)
const variant = z
  .object({
    title: variantTitle,
    title_en: variantTitleEn,
    sku: sku.optional(),
    options: z.record(z.string().trim().min(1), z.string().trim().min(1).max(120)).optional(),
    prices,
    stock: stock.optional(),
  })
  .strict()

// Sold by weight: price per kg in euro (VAT included, to the cent), estimated grams per piece, tolerance in %.
const weightPricing = z
  .object({
    price_per_kg: z.number().positive().max(100_000).multipleOf(0.01),
    unit_grams: z.number().int().min(1).max(100_000),
    tolerance_percent: z.number().int().min(0).max(50),
  })
  .strict()

const productFields = {
  title: z.string().trim().min(2).max(200),
  subtitle: z.string().trim().max(200).nullish(),
  description: z.string().trim().max(5000).nullish(),
  title_en: z.string().trim().max(200).nullish(),
  subtitle_en: z.string().trim().max(200).nullish(),
  description_en: z.string().trim().max(5000).nullish(),
  handle: handle.optional(),
  status: z.enum(["draft", "published"]).default("published"),
  thumbnail: httpUrl("thumbnail").nullish(),
  images: z.array(z.object({ url: httpUrl("images.url") }).strict()).max(10).optional(),
  category_ids: z.array(z.string().min(1)).max(5).optional(),
  vat_class_id: z.string().min(1).optional(),
  weight: z.number().nonnegative().max(1_000_000).nullish(),
  options: z.array(z.object({ title: z.string().trim().min(1), values: z.array(z.string().trim().min(1)).min(1) }).strict()).optional(),
}

export const VendorCreateProduct = z
  .object({ ...productFields, variants: z.array(variant).min(1).max(50) })
  .strict()
  .transform((p) => ({ ...p, options: p.options?.length ? p.options : [{ title: "Formato", values: ["Unico"] }] }))
  .transform((p) => ({
    ...p,
    variants: p.variants.map((v) => ({ ...v, options: v.options ?? (p.options.length === 1 ? { [p.options[0].title]: p.options[0].values[0] } : {}) })),
  }))
export type VendorCreateProduct = z.infer<typeof VendorCreateProduct>

// `weight_pricing: null` sells the product by the piece again.
export const VendorUpdateProduct = z.object({ ...productFields, weight_pricing: weightPricing.nullable() }).partial().strict()
export type VendorUpdateProduct = z.infer<typeof VendorUpdateProduct>

export const VendorListProducts = z
  .object({ archived: z.enum(["true", "false"]).default("false").transform((v) => v === "true") })
  .strict()
export type VendorListProducts = z.infer<typeof VendorListProducts>

/** A new size (or colour…): its value for each option defaults to its title when the product has one option. */
export const VendorCreateVariant = variant
export type VendorCreateVariant = z.infer<typeof VendorCreateVariant>

export const VendorUpdateVariant = z.object({ title: variantTitle, title_en: variantTitleEn, sku: sku.nullable(), prices, stock }).partial().strict()
export type VendorUpdateVariant = z.infer<typeof VendorUpdateVariant>

export const VendorSetStock = z.object({ variant_id: z.string().min(1), quantity: z.number().int().nonnegative().max(100_000) }).strict()
export type VendorSetStock = z.infer<typeof VendorSetStock>

export const VendorCreateInvite = z.object({ email: z.string().email(), role: z.enum(["owner", "member"]).default("member") }).strict()
export type VendorCreateInvite = z.infer<typeof VendorCreateInvite>

export const VendorAcceptInvite = z
  .object({ token: z.string().min(10), first_name: z.string().trim().max(80).optional(), last_name: z.string().trim().max(80).optional() })
  .strict()
export type VendorAcceptInvite = z.infer<typeof VendorAcceptInvite>

export const VendorStatementQuery = z.object({
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
})

export const VendorListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})

/**
 * A maker's parts of the lists asked for (`stage=to_prepare,ready`, or repeated; every stage when
 * left out), newest first or, `order=created_at`, oldest first (the next ones to prepare).
 */
export const VendorOrdersQuery = VendorListQuery.extend({
  order: z.enum(["created_at", "-created_at"]).default("-created_at"),
  stage: z
    .preprocess((v) => (typeof v === "string" ? v.split(",") : v), z.array(z.enum(ORDER_STAGES, { message: "stage: one of to_prepare, ready, gone, cancelled" })).min(1))
    .optional(),
})
export type VendorOrdersQuery = z.infer<typeof VendorOrdersQuery>

/** Actions that take no input: any field sent is a mistake, answered with a 400 naming it. */
export const NoBody = z.object({}).strict()

/** The real weight (grams, all pieces of the line together) of each line sold by weight of a maker's part. */
export const VendorRecordWeights = z
  .object({
    lines: z
      .array(z.object({ item_id: z.string().min(1).max(100), grams: z.number().int().min(1).max(100_000) }).strict())
      .min(1)
      .max(100),
  })
  .strict()
export type VendorRecordWeights = z.infer<typeof VendorRecordWeights>

export const CancelVendorOrder = z.object({ reason: z.string().trim().min(3).max(500) }).strict()
export type CancelVendorOrder = z.infer<typeof CancelVendorOrder>
