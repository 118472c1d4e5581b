"use client"

import { useRouter } from "next/navigation"
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react"
import { useI18n } from "@/modules/common/i18n-provider"

type Suggestion = { id: string; handle: string; title: string; vendor: { name: string } | null }

const DEBOUNCE_MS = 200

/**
 * The search field of /cerca with suggestions as the resident types (a combobox: arrows move
 * through them, Enter opens one, Escape closes them). Without JavaScript it is a plain form.
 */
export function SearchBox({ defaultValue }: { defaultValue: string }) {
  const { t, locale } = useI18n()
  const router = useRouter()
  const listId = useId()
  const [q, setQ] = useState(defaultValue)
  const [suggestions, setSuggestions] = useState<Suggestion[]>([])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const asked = useRef(0)

  useEffect(() => {
    const words = q.trim()
    if (words.length < 2 || words === defaultValue) {
      setSuggestions([])
      return
    }
    const mine = ++asked.current
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/search/suggest?${new URLSearchParams({ q: words, locale })}`)
        const data = res.ok ? ((await res.json()) as { suggestions: Suggestion[] }) : { suggestions: [] }
        // an answer to an older query than the last one asked is dropped
        if (mine !== asked.current) return
        setSuggestions(data.suggestions)
        setActive(-1)
        setOpen(true)
      } catch {
        // the form still submits to the results page
      }
    }, DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [q, defaultValue])

  const showing = open && suggestions.length > 0
  const go = (s: Suggestion) => router.push(`/prodotti/${s.handle}`)
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!showing) return
    if (e.key === "ArrowDown") {
      e.preventDefault()
      setActive((i) => (i + 1) % suggestions.length)
    } else if (e.key === "ArrowUp") {
      e.preventDefault()
      setActive((i) => (i <= 0 ? suggestions.length - 1 : i - 1))
    } else if (e.key === "Enter" && active >= 0 && active < suggestions.length) {
      e.preventDefault()
      go(suggestions[active])
    } else if (e.key === "Escape") {
      setOpen(false)
    }
  }

  return (
    <div className="search-box">
      <label htmlFor="search-q">{t("search.label")}</label>
      <input
        id="search-q"
        type="search"
        name="q"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onFocus={() => setOpen(true)}
        required
        maxLength={100}
        autoComplete="off"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showing}
        aria-controls={listId}
        aria-activedescendant={showing && active >= 0 && active < suggestions.length ? `${listId}-${active}` : undefined}
      />
      <ul id={listId} role="listbox" aria-label={t("search.suggestions")} className="search-box__list" hidden={!showing}>
        {suggestions.map((s, i) => (
          <li
            key={s.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={`search-box__option${i === active ? " search-box__option--active" : ""}`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => go(s)}
          >
            <span className="search-box__title">{s.title}</span>
            {s.vendor ? <span className="search-box__maker">{s.vendor.name}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  )
}
