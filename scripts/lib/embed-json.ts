/**
 * JSON that is safe inside `<script type="application/json">`: every `<`, `>` and `&`
 * is escaped, so no text in the article can close the element or open another one.
 * U+2028/2029 are escaped too, for tools that still read JSON as JavaScript.
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
