/// <reference types="vite/client" />

// The backend URL the admin was built with (Medusa's admin bundler defines it for plugins).
declare const __BACKEND_URL__: string
