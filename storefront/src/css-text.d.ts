/** A stylesheet as text (loaders/css-text.cjs, through next.config.ts's turbopack rule). */
declare module "*.css?raw" {
  const text: string
  export default text
}
