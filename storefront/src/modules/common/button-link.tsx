import { Link } from "@/modules/common/link"
import type { ComponentProps } from "react"

type ButtonLinkProps = ComponentProps<typeof Link> & {
  variant: "primary" | "secondary" | "link"
  /** The whole width of its column, or larger for a thumb on a phone. */
  size?: "block" | "large"
}

/** A link that looks like the buttons (SubmitButton's variants): where going somewhere is the next step. */
export function ButtonLink({ variant, size, className, ...link }: ButtonLinkProps) {
  return <Link className={`button button--${variant}${size ? ` button--${size}` : ""}${className ? ` ${className}` : ""}`} {...link} />
}
