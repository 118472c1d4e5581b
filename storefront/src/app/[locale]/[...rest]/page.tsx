import { notFound } from "next/navigation"

/** Any other address: the shop's own 404 page, inside the layout of the visitor's language. */
export default function UnknownPage(): never {
  notFound()
}
