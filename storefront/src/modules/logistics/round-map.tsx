"use client"

import "leaflet/dist/leaflet.css"
import { useEffect, useMemo, useRef } from "react"
import type { MapLayers } from "./map-data"

const TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"

/** Names typed by residents go in as text, never as HTML. */
function textSpan(text: string): HTMLElement {
  const span = document.createElement("span")
  span.textContent = text
  return span
}

/**
 * The round on a Leaflet map, drawn in the browser only. Markers and the route are vectors of
 * our own, so they show on a plain background when OpenStreetMap's tiles cannot be reached;
 * the stop list next to it stays the page's real content.
 */
export function RoundMap({ layers, label }: { layers: MapLayers; label: string }) {
  const container = useRef<HTMLDivElement>(null)
  // A refresh hands over a new object with the same content: only redraw when something moved.
  const key = useMemo(() => JSON.stringify(layers), [layers])

  useEffect(() => {
    const { points, path } = JSON.parse(key) as MapLayers
    let cancelled = false
    let map: import("leaflet").Map | undefined
    // Leaflet needs `window`: loaded here, never during server rendering.
    import("leaflet").then((L) => {
      if (cancelled || !container.current || !points.length) return
      map = L.map(container.current, { keyboard: false, scrollWheelZoom: false, zoomSnap: 0.5 })
      L.tileLayer(TILES, { maxZoom: 19, attribution: "© OpenStreetMap" }).addTo(map)
      if (path.length > 1) L.polyline(path, { color: "#9a3412", weight: 4, opacity: 0.8 }).addTo(map)
      for (const point of points) {
        const icon = L.divIcon({
          className: `map-badge map-badge--${point.kind}${point.status ? ` map-badge--${point.status}` : ""}`,
          html: textSpan(point.badge),
          iconSize: [30, 30],
          iconAnchor: [15, 15],
        })
        L.marker([point.lat, point.lng], { icon, keyboard: false, title: point.title }).bindTooltip(textSpan(point.title)).addTo(map)
      }
      map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lng] as [number, number])), { padding: [24, 24], maxZoom: 16 })
    })
    return () => {
      cancelled = true
      map?.remove()
    }
  }, [key])

  // A region, not an image: Leaflet puts its zoom buttons and the map's credits (links) inside,
  // and an image may not contain controls.
  return <div ref={container} className="round-map" role="region" aria-label={label} />
}
