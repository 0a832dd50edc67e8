/**
 * JSON values a body may hold per byte of its route's limit. Parsed, a value
 * costs tens of bytes of heap: 5 MB of `{},` parsed into 1.7 million empty
 * objects, and two such imports at once exhausted the server's heap. A full
 * legitimate import holds about one value per 25 bytes.
 */
const BYTES_PER_VALUE = 12;

/** The most values a body of a route with this limit may hold (before it is parsed). */
export const maxJsonValues = (limitBytes: number) => Math.floor(limitBytes / BYTES_PER_VALUE);

/**
 * Roughly how many values a JSON text holds (its commas, brackets and braces
 * outside strings), without parsing it: one pass over the text, no allocation.
 */
export function countJsonValues(text: string): number {
  let count = 1;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 92 /* \\ */) index++;
      else if (code === 34 /* " */) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 44 /* , */ || code === 91 /* [ */ || code === 123 /* { */) count++;
  }
  return count;
}
