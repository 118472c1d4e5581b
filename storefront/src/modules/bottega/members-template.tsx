import type { VendorInvite, VendorMember, VendorSession } from "@/lib/data/bottega"
import type { Locale, Translate } from "@/lib/i18n/translate"
import { formatDate } from "@/lib/util/dates"
import { BottegaShell } from "./bottega-shell"
import { InviteForm } from "./invite-form"
import { RemoveMemberForm } from "./remove-member-form"

type MembersTemplateProps = {
  session: VendorSession
  members: VendorMember[]
  invites: VendorInvite[]
  origin: string
  t: Translate
  locale: Locale
}

export function MembersTemplate({ session, members, invites, origin, t, locale }: MembersTemplateProps) {
  const role = (r: VendorMember["role"]) => (r === "owner" ? t("bottega.members.role_owner") : t("bottega.members.role_member"))
  const isOwner = session.member.role === "owner"
  return (
    <BottegaShell session={session} section="members" title={t("bottega.members.title")} t={t}>
      <section aria-labelledby="members-list" className="section">
        <h2 id="members-list">{t("bottega.members.list_title")}</h2>
        <ul className="plain-list">
          {members.map((member) => {
            const name = [member.first_name, member.last_name].filter(Boolean).join(" ") || member.email
            const isMe = member.id === session.member.id
            return (
              <li key={member.id} className="member-row">
                <span>
                  <strong>{name}</strong> — {member.email} · {role(member.role)}
                  {isMe ? ` (${t("bottega.members.you")})` : null}
                </span>
                {isOwner && !isMe ? <RemoveMemberForm memberId={member.id} name={name} /> : null}
              </li>
            )
          })}
        </ul>
      </section>
      {invites.length ? (
        <section aria-labelledby="invites-list" className="section">
          <h2 id="invites-list">{t("bottega.members.invites_title")}</h2>
          <ul className="plain-list">
            {invites.map((invite) => (
              <li key={invite.id}>
                {invite.email} · {role(invite.role)}
                {invite.expires_at ? ` · ${t("bottega.members.expires", { date: formatDate(invite.expires_at, locale) })}` : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="invite-title" className="section">
        <h2 id="invite-title">{t("bottega.members.invite_title")}</h2>
        {isOwner ? <InviteForm origin={origin} /> : <p>{t("bottega.members.owners_only")}</p>}
      </section>
    </BottegaShell>
  )
}
