import type { DemoMaker, DemoProduct } from "./types"
import { makers } from "./makers"

// Flat illustrations drawn from simple shapes, so the demo shop has pictures
// without shipping any binary file. Generic font families only.

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
}

type Rgb = [number, number, number]

function parseHex(hex: string): Rgb {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim())
  if (!m) throw new Error(`Not a hex colour: ${hex}`)
  let h = m[1]
  if (h.length === 3) h = h.split("").map((ch) => ch + ch).join("")
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb
}

function toHex([r, g, b]: Rgb): string {
  return "#" + [r, g, b].map((v) => Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, "0")).join("")
}

/** t > 0 mixes towards white, t < 0 towards black (|t| ≤ 1). */
export function shade(hex: string, t: number): string {
  const rgb = parseHex(hex)
  const target = t >= 0 ? 255 : 0
  const k = Math.abs(t)
  return toHex(rgb.map((v) => v + (target - v) * k) as Rgb)
}

function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex)
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255
}

type Palette = {
  bg: string
  halo: string
  shadow: string
  accent: string
  dark: string
  light: string
  ink: string
  paper: string
}

function palette(background: string, accent: string): Palette {
  const darkBg = luminance(background) < 0.4
  return {
    bg: background,
    halo: darkBg ? shade(background, 0.12) : shade(background, 0.45),
    shadow: darkBg ? shade(background, -0.35) : shade(background, -0.12),
    accent,
    dark: shade(accent, -0.35),
    light: shade(accent, 0.4),
    ink: "#3a2e28",
    paper: "#fffaf0",
  }
}

const HALO = { cx: 400, cy: 370, r: 290 }

function shadow(c: Palette, cy = 590, rx = 220): string {
  return `<ellipse cx="400" cy="${cy}" rx="${rx}" ry="24" fill="${c.shadow}"/>`
}

function starPoints(cx: number, cy: number, n: number, outer: number, inner: number): string {
  const pts: string[] = []
  for (let i = 0; i < n * 2; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / n
    const r = i % 2 === 0 ? outer : inner
    pts.push(`${(cx + r * Math.cos(a)).toFixed(1)},${(cy + r * Math.sin(a)).toFixed(1)}`)
  }
  return pts.join(" ")
}

function cookie(c: Palette, cx: number, cy: number, r: number): string {
  const dots = [0, 1, 2, 3, 4, 5]
    .map((i) => {
      const a = (i * Math.PI) / 3 + 0.4
      return `<circle cx="${(cx + r * 0.5 * Math.cos(a)).toFixed(1)}" cy="${(cy + r * 0.5 * Math.sin(a)).toFixed(1)}" r="${(r * 0.07).toFixed(1)}" fill="${c.dark}"/>`
    })
    .join("")
  return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${c.accent}" stroke="${c.dark}" stroke-width="6"/><circle cx="${cx}" cy="${cy}" r="${r * 0.78}" fill="none" stroke="${c.light}" stroke-width="5" stroke-dasharray="10 12"/>${dots}`
}

function apple(cx: number, cy: number, r: number, fill: string, leaf: string): string {
  const p = (x: number, y: number) => `${(cx + x * r).toFixed(1)} ${(cy + y * r).toFixed(1)}`
  return (
    `<path d="M${p(0, -0.6)} C${p(0.2, -0.95)} ${p(1.1, -0.9)} ${p(1, 0.1)} C${p(0.95, 0.8)} ${p(0.3, 1.05)} ${p(0, 0.85)} ` +
    `C${p(-0.3, 1.05)} ${p(-0.95, 0.8)} ${p(-1, 0.1)} C${p(-1.1, -0.9)} ${p(-0.2, -0.95)} ${p(0, -0.6)} Z" fill="${fill}"/>` +
    `<path d="M${p(0, -0.6)} Q${p(0.05, -0.9)} ${p(0.15, -1.05)}" stroke="#5a3e2b" stroke-width="${(r * 0.09).toFixed(1)}" fill="none" stroke-linecap="round"/>` +
    `<ellipse cx="${(cx + 0.35 * r).toFixed(1)}" cy="${(cy - 0.85 * r).toFixed(1)}" rx="${(0.28 * r).toFixed(1)}" ry="${(0.12 * r).toFixed(1)}" fill="${leaf}" transform="rotate(-25 ${(cx + 0.35 * r).toFixed(1)} ${(cy - 0.85 * r).toFixed(1)})"/>` +
    `<ellipse cx="${(cx - 0.45 * r).toFixed(1)}" cy="${(cy - 0.2 * r).toFixed(1)}" rx="${(0.12 * r).toFixed(1)}" ry="${(0.25 * r).toFixed(1)}" fill="#ffffff" opacity="0.35"/>`
  )
}

function spoon(fill: string, inner: string, angle: number): string {
  return (
    `<g transform="rotate(${angle} 400 400)">` +
    `<rect x="386" y="300" width="28" height="310" rx="14" fill="${fill}"/>` +
    `<ellipse cx="400" cy="235" rx="62" ry="92" fill="${fill}"/>` +
    `<ellipse cx="400" cy="228" rx="42" ry="66" fill="${inner}" opacity="0.45"/>` +
    `</g>`
  )
}

function olive(x: number, y: number, a: number, fill: string): string {
  return `<ellipse cx="${x}" cy="${y}" rx="22" ry="8" fill="${fill}" transform="rotate(${a} ${x} ${y})"/>`
}

const painters: Record<string, (c: Palette) => string> = {
  bread: (c) =>
    shadow(c, 560, 250) +
    `<path d="M160 530 C150 330 300 270 400 270 C500 270 650 330 640 530 Q640 550 620 550 L180 550 Q160 550 160 530 Z" fill="${c.accent}"/>` +
    `<path d="M210 470 C210 350 310 305 400 305 C490 305 590 350 590 470" fill="none" stroke="${c.light}" stroke-width="10" opacity="0.5"/>` +
    [
      "M245 430 Q285 370 345 355",
      "M345 425 Q395 355 460 340",
      "M455 435 Q505 375 560 370",
    ]
      .map((d) => `<path d="${d}" stroke="${c.dark}" stroke-width="16" fill="none" stroke-linecap="round"/>`)
      .join("") +
    [
      [300, 330],
      [430, 300],
      [520, 330],
      [360, 480],
      [480, 470],
    ]
      .map(([x, y]) => `<circle cx="${x}" cy="${y}" r="5" fill="#ffffff" opacity="0.6"/>`)
      .join(""),

  croissant: (c) =>
    shadow(c, 560, 230) +
    `<path d="M170 505 C190 330 315 255 400 255 C485 255 610 330 630 505 C570 455 485 425 400 425 C315 425 230 455 170 505 Z" fill="${c.accent}" stroke="${c.dark}" stroke-width="6" stroke-linejoin="round"/>` +
    ["M335 262 Q312 345 335 428", "M465 262 Q488 345 465 428", "M258 300 Q238 375 262 448", "M542 300 Q562 375 538 448"]
      .map((d) => `<path d="${d}" stroke="${c.dark}" stroke-width="6" fill="none" stroke-linecap="round"/>`)
      .join("") +
    `<path d="M365 290 Q400 278 435 290" stroke="${c.light}" stroke-width="12" fill="none" stroke-linecap="round" opacity="0.8"/>` +
    `<path d="M280 330 Q295 318 312 314" stroke="${c.light}" stroke-width="9" fill="none" stroke-linecap="round" opacity="0.7"/>` +
    `<path d="M488 314 Q505 318 520 330" stroke="${c.light}" stroke-width="9" fill="none" stroke-linecap="round" opacity="0.7"/>`,

  cake: (c) =>
    shadow(c, 560, 240) +
    `<polygon points="${starPoints(400, 395, 8, 240, 185)}" fill="${c.dark}"/>` +
    `<polygon points="${starPoints(400, 380, 8, 235, 180)}" fill="${c.accent}"/>` +
    `<polygon points="${starPoints(400, 380, 8, 150, 115)}" fill="${c.light}" opacity="0.55"/>` +
    Array.from({ length: 22 }, (_, i) => {
      const a = i * 2.39996
      const r = 30 + ((i * 37) % 170)
      return `<rect x="${(400 + r * Math.cos(a)).toFixed(1)}" y="${(380 + r * Math.sin(a)).toFixed(1)}" width="9" height="9" rx="2" fill="#ffffff" opacity="0.9" transform="rotate(${i * 25} ${(404 + r * Math.cos(a)).toFixed(1)} ${(384 + r * Math.sin(a)).toFixed(1)})"/>`
    }).join(""),

  cookies: (c) =>
    shadow(c, 570, 250) + cookie(c, 290, 450, 115) + cookie(c, 510, 450, 115) + cookie(c, 400, 300, 120),

  "honey-jar": (c) =>
    shadow(c, 595, 190) +
    `<rect x="250" y="250" width="300" height="340" rx="60" fill="${c.accent}"/>` +
    `<rect x="282" y="300" width="26" height="220" rx="13" fill="#ffffff" opacity="0.35"/>` +
    `<rect x="262" y="195" width="276" height="72" rx="16" fill="${c.dark}"/>` +
    `<path d="M262 250 H538 V262 Q520 300 505 262 Q480 320 455 262 Q420 290 390 262 H262 Z" fill="${c.dark}"/>` +
    `<rect x="300" y="370" width="200" height="140" rx="14" fill="${c.paper}"/>` +
    [
      [370, 425],
      [430, 425],
      [400, 460],
    ]
      .map(
        ([x, y]) =>
          `<polygon points="${hexagon(x, y, 30)}" fill="${c.accent}" stroke="${c.dark}" stroke-width="3"/>`,
      )
      .join(""),

  "jam-jar": (c) =>
    shadow(c, 595, 180) +
    `<rect x="260" y="290" width="280" height="300" rx="44" fill="${c.accent}"/>` +
    `<rect x="290" y="330" width="24" height="200" rx="12" fill="#ffffff" opacity="0.3"/>` +
    `<rect x="272" y="255" width="256" height="50" rx="10" fill="#c9b79a"/>` +
    `<path d="M238 312 L255 232 Q400 200 545 232 L562 312 Q530 296 500 312 Q470 296 440 312 Q410 296 380 312 Q350 296 320 312 Q290 296 260 312 Z" fill="${c.paper}"/>` +
    Array.from({ length: 5 }, (_, i) => `<rect x="${270 + i * 58}" y="238" width="24" height="58" fill="${c.accent}" opacity="0.25"/>`).join("") +
    `<path d="M250 290 Q400 276 550 290" stroke="${c.dark}" stroke-width="6" fill="none"/>` +
    `<circle cx="400" cy="445" r="78" fill="${c.paper}"/>` +
    `<circle cx="400" cy="455" r="32" fill="${c.accent}"/>` +
    `<ellipse cx="422" cy="412" rx="22" ry="9" fill="#6b9a3a" transform="rotate(-30 422 412)"/>`,

  candle: (c) =>
    shadow(c, 590, 150) +
    `<circle cx="400" cy="215" r="80" fill="#ffe9a8" opacity="0.45"/>` +
    `<rect x="310" y="285" width="180" height="300" rx="16" fill="${c.accent}"/>` +
    Array.from({ length: 6 }, (_, i) => `<line x1="316" y1="${330 + i * 42}" x2="484" y2="${330 + i * 42}" stroke="${c.dark}" stroke-width="3" opacity="0.35"/>`).join("") +
    `<ellipse cx="400" cy="285" rx="90" ry="16" fill="${c.light}"/>` +
    `<line x1="400" y1="285" x2="400" y2="250" stroke="${c.ink}" stroke-width="5"/>` +
    `<path d="M400 160 C440 205 430 248 400 258 C370 248 360 205 400 160 Z" fill="#f39c32"/>` +
    `<path d="M400 205 C418 228 414 250 400 254 C386 250 382 228 400 205 Z" fill="#ffe08a"/>`,

  bowl: (c) =>
    shadow(c, 585, 200) +
    `<rect x="330" y="545" width="140" height="30" rx="10" fill="${c.dark}"/>` +
    `<path d="M185 360 Q195 560 400 565 Q605 560 615 360 Z" fill="${c.accent}"/>` +
    `<path d="M215 440 Q400 500 585 440" stroke="${c.light}" stroke-width="12" fill="none" opacity="0.8"/>` +
    `<path d="M235 490 Q400 535 565 490" stroke="${c.light}" stroke-width="6" fill="none" opacity="0.5"/>` +
    `<ellipse cx="400" cy="360" rx="215" ry="48" fill="${c.light}"/>` +
    `<ellipse cx="400" cy="362" rx="192" ry="36" fill="${c.dark}"/>`,

  mug: (c) =>
    shadow(c, 590, 190) +
    `<path d="M490 340 C600 330 600 510 490 500" stroke="${c.accent}" stroke-width="36" fill="none"/>` +
    `<rect x="250" y="270" width="260" height="315" rx="34" fill="${c.accent}"/>` +
    `<rect x="250" y="470" width="260" height="22" fill="${c.light}" opacity="0.7"/>` +
    `<ellipse cx="380" cy="278" rx="126" ry="20" fill="${c.dark}"/>` +
    ["M330 235", "M380 225", "M430 235"]
      .map((m) => `<path d="${m} q-22 -30 0 -58 q22 -28 0 -58" stroke="${c.paper}" stroke-width="9" fill="none" stroke-linecap="round" opacity="0.9"/>`)
      .join(""),

  plate: (c) =>
    `<circle cx="412" cy="392" r="235" fill="${c.shadow}"/>` +
    `<circle cx="400" cy="375" r="235" fill="${c.accent}"/>` +
    `<circle cx="400" cy="375" r="168" fill="${c.light}"/>` +
    `<circle cx="400" cy="375" r="150" fill="${shade(c.light, 0.25)}"/>` +
    Array.from({ length: 18 }, (_, i) => {
      const a = (i * Math.PI * 2) / 18
      return `<circle cx="${(400 + 202 * Math.cos(a)).toFixed(1)}" cy="${(375 + 202 * Math.sin(a)).toFixed(1)}" r="7" fill="${c.paper}" opacity="0.8"/>`
    }).join(""),

  vase: (c) =>
    shadow(c, 600, 170) +
    `<path d="M395 190 Q360 120 300 95" stroke="#5f7f3a" stroke-width="6" fill="none"/>` +
    `<path d="M405 190 Q430 110 500 80" stroke="#5f7f3a" stroke-width="6" fill="none"/>` +
    `<circle cx="300" cy="95" r="20" fill="#f4d35e"/><circle cx="500" cy="80" r="22" fill="#e9806e"/><circle cx="352" cy="125" r="13" fill="#ffffff"/>` +
    `<path d="M370 170 H430 V182 Q420 192 420 212 V300 C420 340 560 380 560 500 C560 570 500 600 400 600 C300 600 240 570 240 500 C240 380 380 340 380 300 V212 Q380 192 370 182 Z" fill="${c.accent}"/>` +
    `<path d="M262 440 Q300 420 340 440 T420 440 T500 440 T540 440" stroke="${c.light}" stroke-width="12" fill="none"/>` +
    `<path d="M290 480 C285 420 360 370 385 345" stroke="#ffffff" stroke-width="14" fill="none" opacity="0.3" stroke-linecap="round"/>`,

  teapot: (c) =>
    shadow(c, 585, 200) +
    `<path d="M265 420 C200 410 185 340 160 315 L182 298 C210 330 235 365 280 375 Z" fill="${c.accent}"/>` +
    `<path d="M560 365 C655 360 655 505 550 500" stroke="${c.accent}" stroke-width="30" fill="none"/>` +
    `<ellipse cx="400" cy="440" rx="175" ry="140" fill="${c.accent}"/>` +
    `<path d="M240 440 Q400 490 560 440" stroke="${c.light}" stroke-width="10" fill="none"/>` +
    `<ellipse cx="400" cy="310" rx="95" ry="24" fill="${c.dark}"/>` +
    `<circle cx="400" cy="282" r="20" fill="${c.dark}"/>` +
    `<ellipse cx="330" cy="390" rx="26" ry="46" fill="#ffffff" opacity="0.25" transform="rotate(30 330 390)"/>`,

  shirt: (c) =>
    shadow(c, 605, 200) +
    `<path d="M310 190 L245 215 L155 305 L215 375 L262 335 L262 600 L538 600 L538 335 L585 375 L645 305 L555 215 L490 190 Q400 235 310 190 Z" fill="${c.accent}" stroke="${c.dark}" stroke-width="5" stroke-linejoin="round"/>` +
    `<line x1="400" y1="240" x2="400" y2="600" stroke="${c.dark}" stroke-width="4"/>` +
    [300, 370, 440, 510].map((y) => `<circle cx="414" cy="${y}" r="7" fill="${c.dark}"/>`).join("") +
    `<path d="M310 190 Q355 222 400 238 L368 285 Z" fill="${c.light}" stroke="${c.dark}" stroke-width="4" stroke-linejoin="round"/>` +
    `<path d="M490 190 Q445 222 400 238 L432 285 Z" fill="${c.light}" stroke="${c.dark}" stroke-width="4" stroke-linejoin="round"/>` +
    `<rect x="448" y="320" width="58" height="64" rx="6" fill="none" stroke="${c.dark}" stroke-width="4"/>`,

  apron: (c) =>
    shadow(c, 605, 190) +
    `<path d="M330 205 Q400 110 470 205" stroke="${c.dark}" stroke-width="14" fill="none"/>` +
    `<path d="M228 362 Q190 400 160 440" stroke="${c.dark}" stroke-width="10" fill="none" stroke-linecap="round"/>` +
    `<path d="M572 362 Q610 400 640 440" stroke="${c.dark}" stroke-width="10" fill="none" stroke-linecap="round"/>` +
    `<path d="M325 200 L475 200 L482 318 Q560 330 578 362 L560 600 L240 600 L222 362 Q240 330 318 318 Z" fill="${c.accent}"/>` +
    `<path d="M340 215 L460 215 L466 325 Q545 338 560 368 L545 585 L255 585 L240 368 Q255 338 334 325 Z" fill="none" stroke="${c.light}" stroke-width="4" stroke-dasharray="12 9"/>` +
    `<rect x="320" y="430" width="160" height="95" rx="12" fill="${c.dark}" opacity="0.3"/>` +
    `<line x1="400" y1="430" x2="400" y2="525" stroke="${c.dark}" stroke-width="4"/>`,

  "tote-bag": (c) =>
    shadow(c, 610, 200) +
    `<path d="M330 305 C330 175 470 175 470 305" stroke="${shade(c.dark, -0.2)}" stroke-width="16" fill="none"/>` +
    `<path d="M300 330 C300 150 500 150 500 330" stroke="${c.dark}" stroke-width="18" fill="none"/>` +
    `<path d="M225 300 L575 300 L595 600 L205 600 Z" fill="${c.accent}"/>` +
    `<rect x="225" y="300" width="350" height="26" fill="${c.dark}" opacity="0.35"/>` +
    `<circle cx="400" cy="460" r="78" fill="${c.paper}" opacity="0.9"/>` +
    `<path d="M400 515 C345 470 360 415 400 395 C440 415 455 470 400 515 Z" fill="${c.accent}"/>` +
    `<line x1="400" y1="405" x2="400" y2="530" stroke="${c.accent}" stroke-width="6"/>`,

  soap: (c) =>
    shadow(c, 590, 230) +
    `<rect x="195" y="450" width="390" height="130" rx="40" fill="${c.dark}"/>` +
    `<rect x="195" y="440" width="390" height="120" rx="40" fill="${c.accent}"/>` +
    `<rect x="222" y="463" width="336" height="74" rx="26" fill="none" stroke="${c.light}" stroke-width="5"/>` +
    `<g transform="rotate(-8 400 360)">` +
    `<rect x="240" y="315" width="330" height="120" rx="38" fill="${c.dark}"/>` +
    `<rect x="240" y="305" width="330" height="112" rx="38" fill="${c.light}"/>` +
    `<rect x="266" y="328" width="278" height="66" rx="24" fill="none" stroke="${c.accent}" stroke-width="5"/>` +
    `<circle cx="405" cy="361" r="14" fill="${c.accent}"/>` +
    `</g>` +
    [
      [540, 250, 30],
      [600, 200, 18],
      [490, 190, 14],
      [250, 270, 20],
    ]
      .map(([x, y, r]) => `<circle cx="${x}" cy="${y}" r="${r}" fill="#ffffff" opacity="0.5" stroke="${c.paper}" stroke-width="3"/>`)
      .join(""),

  tin: (c) =>
    shadow(c, 555, 210) +
    `<ellipse cx="400" cy="500" rx="185" ry="52" fill="${c.dark}"/>` +
    `<rect x="215" y="400" width="370" height="100" fill="${c.dark}"/>` +
    `<ellipse cx="400" cy="400" rx="185" ry="52" fill="${c.accent}"/>` +
    `<rect x="215" y="340" width="370" height="60" fill="${c.accent}"/>` +
    `<ellipse cx="400" cy="340" rx="185" ry="52" fill="${c.light}"/>` +
    `<ellipse cx="400" cy="340" rx="125" ry="32" fill="${c.paper}"/>` +
    [-40, 0, 40].map((dx) => `<circle cx="${400 + dx}" cy="340" r="11" fill="${c.accent}"/>`).join("") +
    `<rect x="235" y="350" width="20" height="44" fill="#ffffff" opacity="0.3"/>`,

  bicycle: (c) =>
    shadow(c, 600, 280) +
    [240, 560]
      .map(
        (x) =>
          Array.from({ length: 8 }, (_, i) => {
            const a = (i * Math.PI) / 8
            return `<line x1="${(x + 112 * Math.cos(a)).toFixed(1)}" y1="${(470 + 112 * Math.sin(a)).toFixed(1)}" x2="${(x - 112 * Math.cos(a)).toFixed(1)}" y2="${(470 - 112 * Math.sin(a)).toFixed(1)}" stroke="${c.ink}" stroke-width="3" opacity="0.35"/>`
          }).join("") +
          `<circle cx="${x}" cy="470" r="118" fill="none" stroke="${c.ink}" stroke-width="16"/>` +
          `<circle cx="${x}" cy="470" r="12" fill="${c.ink}"/>`,
      )
      .join("") +
    `<path d="M150 420 A118 118 0 0 1 300 350" stroke="${c.light}" stroke-width="10" fill="none"/>` +
    `<path d="M500 350 A118 118 0 0 1 650 420" stroke="${c.light}" stroke-width="10" fill="none"/>` +
    `<g stroke="${c.accent}" stroke-width="16" stroke-linecap="round" stroke-linejoin="round" fill="none">` +
    `<path d="M240 470 L390 470 L340 310 Z"/>` +
    `<path d="M390 470 L515 320 L560 470"/>` +
    `<path d="M515 320 L505 250"/>` +
    `</g>` +
    `<circle cx="390" cy="470" r="26" fill="none" stroke="${c.ink}" stroke-width="7"/>` +
    `<line x1="340" y1="310" x2="330" y2="272" stroke="${c.ink}" stroke-width="10"/>` +
    `<ellipse cx="325" cy="264" rx="44" ry="13" fill="${c.ink}"/>` +
    `<path d="M480 250 L540 244 Q565 244 565 265" stroke="${c.ink}" stroke-width="10" fill="none" stroke-linecap="round"/>` +
    `<rect x="520" y="290" width="70" height="46" rx="6" fill="${c.dark}" opacity="0.85"/>`,

  wrench: (c) =>
    `<defs><mask id="wrench-cut"><rect width="800" height="800" fill="#ffffff"/>` +
    `<rect x="575" y="352" width="120" height="56" fill="#000000"/><circle cx="575" cy="380" r="28" fill="#000000"/>` +
    `<circle cx="205" cy="380" r="26" fill="#000000"/></mask></defs>` +
    `<g transform="rotate(-35 400 380)"><g mask="url(#wrench-cut)">` +
    `<rect x="200" y="352" width="380" height="56" rx="28" fill="${c.accent}"/>` +
    `<circle cx="575" cy="380" r="82" fill="${c.accent}"/>` +
    `<circle cx="205" cy="380" r="55" fill="${c.accent}"/>` +
    `<rect x="270" y="368" width="240" height="10" rx="5" fill="${c.light}" opacity="0.6"/>` +
    `</g></g>`,

  "bike-light": (c) =>
    `<path d="M520 330 L720 250 L720 540 L520 460 Z" fill="${c.accent}" opacity="0.22"/>` +
    `<rect x="110" y="505" width="580" height="30" rx="15" fill="${shade(c.bg, 0.35)}"/>` +
    `<rect x="355" y="455" width="60" height="95" rx="12" fill="${shade(c.bg, 0.25)}"/>` +
    `<rect x="270" y="320" width="250" height="150" rx="60" fill="${shade(c.bg, 0.5)}"/>` +
    `<circle cx="505" cy="395" r="66" fill="${c.accent}"/>` +
    `<circle cx="505" cy="395" r="40" fill="${c.light}"/>` +
    `<rect x="300" y="345" width="120" height="16" rx="8" fill="#ffffff" opacity="0.25"/>` +
    `<circle cx="200" cy="230" r="75" fill="#d9453b" opacity="0.22"/>` +
    `<rect x="160" y="195" width="80" height="70" rx="26" fill="#d9453b"/>` +
    `<rect x="178" y="210" width="44" height="12" rx="6" fill="#ffffff" opacity="0.4"/>`,

  basket: (c) =>
    shadow(c, 595, 200) +
    `<path d="M260 335 C260 150 540 150 540 335" stroke="${c.dark}" stroke-width="18" fill="none"/>` +
    `<ellipse cx="330" cy="330" rx="60" ry="30" fill="#6b9a3a"/><ellipse cx="450" cy="320" rx="70" ry="34" fill="#e0b84a"/>` +
    `<path d="M215 340 L585 340 L545 585 L255 585 Z" fill="${c.accent}"/>` +
    [385, 430, 475, 520, 560].map((y) => `<line x1="${225 + (y - 340) * 0.16}" y1="${y}" x2="${575 - (y - 340) * 0.16}" y2="${y}" stroke="${c.dark}" stroke-width="5" opacity="0.6"/>`).join("") +
    [300, 350, 400, 450, 500].map((x) => `<line x1="${x}" y1="350" x2="${400 + (x - 400) * 0.8}" y2="580" stroke="${c.light}" stroke-width="5" opacity="0.6"/>`).join("") +
    `<rect x="200" y="320" width="400" height="36" rx="18" fill="${c.dark}"/>`,

  book: (c) =>
    shadow(c, 610, 190) +
    `<rect x="278" y="196" width="282" height="400" rx="8" fill="${c.paper}" stroke="${shade(c.paper, -0.15)}" stroke-width="3"/>` +
    [210, 222, 234].map((y) => `<line x1="540" y1="${y + 20}" x2="540" y2="${y + 360}" stroke="${shade(c.paper, -0.12)}" stroke-width="2"/>`).join("") +
    `<rect x="250" y="180" width="285" height="400" rx="10" fill="${c.accent}"/>` +
    `<rect x="250" y="180" width="42" height="400" rx="10" fill="${c.dark}"/>` +
    `<rect x="325" y="250" width="170" height="86" rx="6" fill="${c.paper}"/>` +
    `<rect x="345" y="272" width="130" height="12" rx="6" fill="${c.accent}"/><rect x="365" y="300" width="90" height="10" rx="5" fill="${c.light}"/>` +
    `<path d="M300 530 Q360 440 420 505 Q470 455 520 530 Z" fill="${c.light}" opacity="0.6"/>` +
    `<path d="M440 575 V640 L455 625 L470 640 V575 Z" fill="#c94f3d"/>`,

  notebook: (c) =>
    shadow(c, 610, 190) +
    `<rect x="252" y="182" width="320" height="430" rx="14" fill="${c.paper}"/>` +
    `<rect x="240" y="170" width="320" height="430" rx="14" fill="${c.accent}"/>` +
    `<path d="M290 260 C350 230 400 300 460 260 S540 250 550 280" stroke="${c.light}" stroke-width="8" fill="none" opacity="0.45"/>` +
    `<path d="M290 420 C340 390 400 470 470 420 S540 410 550 440" stroke="${c.light}" stroke-width="8" fill="none" opacity="0.45"/>` +
    `<path d="M290 520 C350 500 410 560 480 520" stroke="${c.light}" stroke-width="6" fill="none" opacity="0.35"/>` +
    `<line x1="268" y1="185" x2="268" y2="585" stroke="${c.light}" stroke-width="5" stroke-dasharray="14 10"/>` +
    `<rect x="310" y="320" width="170" height="62" rx="6" fill="${c.paper}"/>` +
    `<rect x="330" y="345" width="130" height="10" rx="5" fill="${c.dark}" opacity="0.6"/>` +
    `<rect x="505" y="170" width="16" height="430" fill="${c.dark}"/>`,

  "vegetable-crate": (c) =>
    shadow(c, 600, 230) +
    `<ellipse cx="290" cy="380" rx="90" ry="55" fill="${c.accent}"/><ellipse cx="300" cy="350" rx="60" ry="40" fill="${c.light}"/>` +
    `<path d="M430 250 Q445 230 440 205 M440 250 Q470 225 480 200 M450 255 Q490 240 505 220" stroke="#4f7f2a" stroke-width="10" fill="none" stroke-linecap="round"/>` +
    `<path d="M420 255 L470 250 L520 400 L500 410 Z" fill="#ef8a2e"/>` +
    `<ellipse cx="545" cy="360" rx="45" ry="75" fill="#5b3a6b" transform="rotate(35 545 360)"/><path d="M585 300 l22 -20" stroke="#4f7f2a" stroke-width="12" stroke-linecap="round"/>` +
    `<circle cx="380" cy="380" r="48" fill="#d94a38"/><polygon points="${starPoints(380, 336, 5, 16, 7)}" fill="#4f7f2a"/>` +
    `<circle cx="460" cy="395" r="40" fill="#e0583f"/><polygon points="${starPoints(460, 358, 5, 14, 6)}" fill="#4f7f2a"/>` +
    `<rect x="195" y="390" width="410" height="200" rx="8" fill="#c89a62"/>` +
    `<line x1="195" y1="455" x2="605" y2="455" stroke="#9b7242" stroke-width="7"/><line x1="195" y1="522" x2="605" y2="522" stroke="#9b7242" stroke-width="7"/>` +
    `<rect x="360" y="410" width="80" height="24" rx="12" fill="#7d5a31"/>` +
    `<rect x="195" y="390" width="22" height="200" fill="#b38650"/><rect x="583" y="390" width="22" height="200" fill="#b38650"/>`,

  "coffee-bag": (c) =>
    shadow(c, 600, 200) +
    `<path d="M265 255 L535 255 L565 595 L235 595 Z" fill="${c.accent}"/>` +
    `<rect x="265" y="195" width="270" height="70" fill="${c.dark}"/>` +
    `<rect x="245" y="212" width="310" height="14" rx="7" fill="#c8a96a"/>` +
    `<circle cx="400" cy="305" r="13" fill="${c.dark}"/>` +
    `<rect x="305" y="345" width="190" height="175" rx="10" fill="${c.paper}"/>` +
    `<g transform="rotate(25 400 420)"><ellipse cx="400" cy="420" rx="40" ry="58" fill="${c.accent}"/>` +
    `<path d="M400 366 C380 400 420 440 400 474" stroke="${c.paper}" stroke-width="7" fill="none"/></g>` +
    `<rect x="335" y="490" width="130" height="10" rx="5" fill="${c.dark}" opacity="0.5"/>` +
    [
      [210, 575, 20],
      [600, 570, -30],
      [630, 590, 40],
    ]
      .map(([x, y, a]) => `<ellipse cx="${x}" cy="${y}" rx="16" ry="22" fill="${c.dark}" transform="rotate(${a} ${x} ${y})"/>`)
      .join(""),

  "tea-cup": (c) =>
    `<ellipse cx="400" cy="548" rx="230" ry="44" fill="${c.shadow}"/>` +
    `<ellipse cx="400" cy="535" rx="220" ry="42" fill="${c.paper}" stroke="${shade(c.paper, -0.2)}" stroke-width="4"/>` +
    `<path d="M548 400 C640 390 640 485 535 480" stroke="${c.paper}" stroke-width="26" fill="none"/>` +
    `<path d="M548 400 C640 390 640 485 535 480" stroke="${shade(c.paper, -0.2)}" stroke-width="4" fill="none"/>` +
    `<path d="M235 360 Q245 535 400 540 Q555 535 565 360 Z" fill="${c.paper}" stroke="${shade(c.paper, -0.2)}" stroke-width="4"/>` +
    `<path d="M250 430 Q400 465 550 430" stroke="${c.accent}" stroke-width="10" fill="none" opacity="0.7"/>` +
    `<ellipse cx="400" cy="360" rx="165" ry="30" fill="${c.accent}"/>` +
    `<path d="M360 360 L330 250" stroke="${c.ink}" stroke-width="3" fill="none"/>` +
    `<rect x="298" y="205" width="60" height="52" rx="4" fill="${c.dark}"/>` +
    ["M420 320", "M470 315"]
      .map((m) => `<path d="${m} q-18 -28 0 -52 q18 -26 0 -52" stroke="#ffffff" stroke-width="8" fill="none" stroke-linecap="round" opacity="0.8"/>`)
      .join(""),

  "cutting-board": (c) =>
    shadow(c, 590, 250) +
    `<rect x="170" y="318" width="400" height="260" rx="40" fill="${c.dark}"/><rect x="540" y="403" width="120" height="90" rx="40" fill="${c.dark}"/>` +
    `<rect x="170" y="300" width="400" height="260" rx="40" fill="${c.accent}"/><rect x="540" y="385" width="120" height="90" rx="40" fill="${c.accent}"/>` +
    `<circle cx="620" cy="430" r="17" fill="${c.halo}"/>` +
    ["M200 350 C300 330 380 375 540 345", "M200 420 C290 400 400 450 540 415", "M200 495 C320 470 420 520 540 490"]
      .map((d) => `<path d="${d}" stroke="${c.light}" stroke-width="5" fill="none" opacity="0.45"/>`)
      .join("") +
    `<ellipse cx="330" cy="440" rx="45" ry="26" fill="none" stroke="${c.light}" stroke-width="4" opacity="0.45"/>` +
    `<ellipse cx="300" cy="250" rx="34" ry="14" fill="#6b9a3a" transform="rotate(-20 300 250)"/><ellipse cx="350" cy="240" rx="30" ry="12" fill="#85b04f" transform="rotate(15 350 240)"/>`,

  "wooden-spoon": (c) => shadow(c, 600, 180) + spoon(shade(c.accent, 0.25), c.dark, -24) + spoon(c.accent, c.dark, 24),

  stool: (c) =>
    shadow(c, 605, 210) +
    `<path d="M388 340 L412 340 L418 565 L382 565 Z" fill="${shade(c.accent, -0.5)}"/>` +
    `<path d="M255 330 L295 330 L238 600 L200 600 Z" fill="${c.dark}"/>` +
    `<path d="M505 330 L545 330 L600 600 L562 600 Z" fill="${c.dark}"/>` +
    `<line x1="250" y1="480" x2="550" y2="480" stroke="${c.dark}" stroke-width="12"/>` +
    `<ellipse cx="400" cy="338" rx="200" ry="52" fill="${c.accent}"/>` +
    `<rect x="200" y="300" width="400" height="38" fill="${c.accent}"/>` +
    `<ellipse cx="400" cy="300" rx="200" ry="52" fill="${c.light}"/>` +
    `<ellipse cx="400" cy="300" rx="130" ry="30" fill="none" stroke="${c.accent}" stroke-width="4" opacity="0.5"/>`,

  "oil-bottle": (c) =>
    shadow(c, 612, 140) +
    `<path d="M370 150 H430 V240 C430 280 500 290 500 350 V590 Q500 610 480 610 H320 Q300 610 300 590 V350 C300 290 370 280 370 240 Z" fill="${c.accent}"/>` +
    `<rect x="360" y="118" width="80" height="42" rx="8" fill="#5a3e2b"/>` +
    `<rect x="318" y="330" width="22" height="240" rx="11" fill="#ffffff" opacity="0.25"/>` +
    `<rect x="322" y="400" width="156" height="150" rx="10" fill="${c.paper}"/>` +
    `<path d="M345 520 Q400 470 455 430" stroke="#6b5a2a" stroke-width="4" fill="none"/>` +
    olive(375, 485, -60, "#7c8c2a") +
    olive(405, 470, 20, "#9aab3f") +
    olive(430, 448, -55, "#7c8c2a") +
    olive(452, 445, 15, "#9aab3f") +
    `<ellipse cx="395" cy="505" rx="10" ry="13" fill="#3d3f1c"/><ellipse cx="440" cy="475" rx="10" ry="13" fill="#3d3f1c"/>`,

  "flour-sack": (c) =>
    shadow(c, 605, 200) +
    `<ellipse cx="590" cy="590" rx="70" ry="16" fill="#ffffff" opacity="0.9"/>` +
    `<path d="M300 255 Q320 170 365 205 Q400 145 435 205 Q480 170 500 255 Z" fill="${c.accent}"/>` +
    `<path d="M255 300 Q245 262 295 255 L505 255 Q555 262 545 300 L575 560 Q580 602 540 602 L260 602 Q220 602 225 560 Z" fill="${c.accent}"/>` +
    `<rect x="315" y="240" width="170" height="24" rx="12" fill="${c.dark}"/>` +
    `<line x1="400" y1="560" x2="400" y2="360" stroke="${c.dark}" stroke-width="6"/>` +
    [380, 415, 450, 485]
      .map(
        (y) =>
          `<ellipse cx="383" cy="${y}" rx="13" ry="24" fill="${c.dark}" transform="rotate(-30 383 ${y})"/>` +
          `<ellipse cx="417" cy="${y}" rx="13" ry="24" fill="${c.dark}" transform="rotate(30 417 ${y})"/>`,
      )
      .join("") +
    `<ellipse cx="400" cy="345" rx="11" ry="22" fill="${c.dark}"/>` +
    `<path d="M260 300 Q250 430 262 560" stroke="${c.light}" stroke-width="10" fill="none" opacity="0.6"/>`,

  apple: (c) =>
    shadow(c, 585, 240) +
    apple(405, 330, 100, c.dark, "#5f8f3a") +
    apple(290, 460, 110, c.accent, "#6b9a3a") +
    apple(515, 460, 110, "#c9b13a", "#6b9a3a"),
}

function hexagon(cx: number, cy: number, r: number): string {
  return Array.from({ length: 6 }, (_, i) => {
    const a = (Math.PI / 3) * i + Math.PI / 6
    return `${(cx + r * Math.cos(a)).toFixed(1)},${(cy + r * Math.sin(a)).toFixed(1)}`
  }).join(" ")
}

/** Every motif images.ts can draw. */
export const motifs: string[] = Object.keys(painters)

function labelFontSize(text: string, max: number, width: number): number {
  return Math.min(max, Math.floor(width / (text.length * 0.56)))
}

export function productImageSvg(product: DemoProduct): string {
  const paint = painters[product.image.motif]
  if (!paint) throw new Error(`Unknown image motif "${product.image.motif}" for product ${product.handle}`)
  const c = palette(product.image.background, product.image.accent)
  const maker = makers.find((m) => m.handle === product.maker)
  const makerName = maker ? maker.name : product.maker
  const size = labelFontSize(makerName, 38, 700)
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 800 800" role="img" aria-label="${escapeXml(product.title)}">` +
    `<title>${escapeXml(product.title)} · ${escapeXml(makerName)}</title>` +
    `<rect width="800" height="800" fill="${c.bg}"/>` +
    `<circle cx="${HALO.cx}" cy="${HALO.cy}" r="${HALO.r}" fill="${c.halo}"/>` +
    paint(c) +
    `<rect x="0" y="680" width="800" height="120" fill="#ffffff" opacity="0.82"/>` +
    `<rect x="0" y="680" width="800" height="6" fill="${c.accent}"/>` +
    `<text x="400" y="${740 + Math.round(size / 3)}" text-anchor="middle" font-family="sans-serif" font-size="${size}" font-weight="bold" fill="${c.ink}">${escapeXml(makerName)}</text>` +
    `<text x="400" y="782" text-anchor="middle" font-family="sans-serif" font-size="17" letter-spacing="3" fill="#7a6e66">RETE DEL BUON VIVERE · VERONETTA</text>` +
    `</svg>`
  )
}

const STOPWORDS = new Set(["di", "del", "dell", "della", "delle", "dei", "degli", "e", "il", "la", "lo", "le", "l", "&"])

export function makerInitials(name: string): string {
  const words = name.split(/[\s'’]+/).filter((w) => w && !STOPWORDS.has(w.toLowerCase()))
  const picked = words.length > 1 ? [words[0], words[words.length - 1]] : words
  return picked.map((w) => w[0].toUpperCase()).join("")
}

function hashString(text: string): number {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 16777619)
  }
  // murmur3 finaliser: spreads similar handles over the whole range
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

function hslToHex(h: number, s: number, l: number): string {
  const k = (n: number) => (n + h / 30) % 12
  const a = s * Math.min(l, 1 - l)
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)))
  return toHex([f(0) * 255, f(8) * 255, f(4) * 255])
}

// Muted hues that all carry white text well; a handle picks one by hash.
const LOGO_HUES = [8, 28, 45, 85, 140, 168, 190, 212, 232, 265, 295, 330]

/** Stable, muted colour for a maker, derived from its handle. */
export function makerColor(handle: string): string {
  const h = hashString(handle)
  const hue = LOGO_HUES[h % LOGO_HUES.length] + ((h >>> 8) % 11) - 5
  return hslToHex((hue + 360) % 360, 0.45, 0.4)
}

export function makerLogoSvg(maker: DemoMaker): string {
  const color = makerColor(maker.handle)
  const initials = makerInitials(maker.name)
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400" role="img" aria-label="${escapeXml(maker.name)}">` +
    `<title>${escapeXml(maker.name)}</title>` +
    `<circle cx="200" cy="200" r="192" fill="${color}"/>` +
    `<circle cx="200" cy="200" r="172" fill="none" stroke="#ffffff" stroke-width="4" opacity="0.45"/>` +
    `<text x="200" y="252" text-anchor="middle" font-family="serif" font-size="150" font-weight="bold" fill="#ffffff">${escapeXml(initials)}</text>` +
    `</svg>`
  )
}
