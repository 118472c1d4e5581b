/**
 * What an e-mail is made of. Templates describe their content with these blocks and plain
 * strings only; the layout turns them into HTML (escaping every string) and plain text, so no
 * template writes markup and no user-provided text can become markup.
 */
export type Block =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string }
  /** A quoted text someone wrote (a coordinator's note, a rider's note). */
  | { kind: "quote"; text: string }
  /** Label → value pairs ("Consegna", "giovedì 3 dicembre, 17:00–20:00"). */
  | { kind: "facts"; rows: [string, string][] }
  | { kind: "table"; caption?: string; head: string[]; rows: string[][]; foot?: string[]; numeric?: number[] }
  | { kind: "button"; label: string; url: string }
  /** One box that stays whole on paper: a packing list's order, with its label. */
  | { kind: "card"; title: string; subtitle?: string; blocks: Block[] }
  /** Lines to tick or fill in by hand on the printed sheet. */
  | { kind: "checklist"; items: { text: string; fill?: string }[] }

export type MailAttachment = { filename: string; content: string; contentType: string }

export type MailContent = {
  subject: string
  /** The line mail apps show after the subject. */
  preheader?: string
  blocks: Block[]
  /** A printable sheet (packing list): full width, page breaks between cards, and the page itself attached as `<filename>.html`. */
  sheet?: { filename: string }
  attachments?: MailAttachment[]
}
