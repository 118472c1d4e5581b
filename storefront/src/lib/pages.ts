import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { notFound, redirect } from "next/navigation"
import type { ReactNode } from "react"
import type { RoundDetail, Volunteer } from "@/modules/logistics/types"
import { requireApprovedVendor, type VendorSession } from "./data/bottega"
import { retrieveCustomer } from "./data/customer"
import { requireVolunteer, retrieveRound } from "./data/logistics"
import { getT } from "./i18n/server"

/*
 * The per-visitor pages' common start, once: the visitor's language, then who they must be (the
 * redirect or 404 happens here, before the page reads anything else). A page file keeps its own
 * `dynamic` and `generateMetadata` (Next reads those from the file itself) and says only what it shows.
 */

type I18n = Awaited<ReturnType<typeof getT>>
type Body<P, C> = (props: P, context: I18n & C) => ReactNode | Promise<ReactNode>
type Page<P> = (props: P) => Promise<ReactNode>

/** A page of /bottega for a member of an approved workshop; anyone else goes to /bottega (sign in, or the application's status). */
export const artisanPage =
  <P = object>(body: Body<P, { session: VendorSession }>): Page<P> =>
  async (props) => {
    const i18n = await getT()
    return body(props, { ...i18n, session: await requireApprovedVendor() })
  }

/** A page of /logistica for a signed-in volunteer; anyone else goes to its sign-in. */
export const volunteerPage =
  <P = object>(body: Body<P, { volunteer: Volunteer }>): Page<P> =>
  async (props) => {
    const i18n = await getT()
    return body(props, { ...i18n, volunteer: await requireVolunteer() })
  }

/** A volunteer's page of one round: the round of the `[id]` segment, or 404. */
export const volunteerRoundPage = <P extends { params: Promise<{ id: string }> }>(body: Body<P, { volunteer: Volunteer; round: RoundDetail }>): Page<P> =>
  volunteerPage<P>(async (props, context) => {
    const round = await retrieveRound((await props.params).id)
    if (!round) notFound()
    return body(props, { ...context, round })
  })

/**
 * A resident's page; a visitor not signed in goes to the sign-in, and back to `returnTo` (this page's
 * path, for the link of an e-mail) once signed in where the page gives one.
 */
export const residentPage =
  <P = object>(body: Body<P, { customer: HttpTypes.StoreCustomer }>, returnTo?: (props: P) => Promise<string>): Page<P> =>
  async (props) => {
    const i18n = await getT()
    const customer = await retrieveCustomer()
    if (!customer) redirect(returnTo ? `/account/accesso?next=${encodeURIComponent(await returnTo(props))}` : "/account/accesso")
    return body(props, { ...i18n, customer })
  }

/** A page for who is not signed in yet (register, apply, a volunteer's sign-in): who is goes to `home`. */
export const guestPage =
  (signedIn: () => Promise<unknown>, home: string, body: Body<object, object>): Page<object> =>
  async (props) => {
    const i18n = await getT()
    if (await signedIn()) redirect(home)
    return body(props, i18n)
  }
