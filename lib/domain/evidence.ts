/** An evidence note split into plain text and the http(s) addresses in it, so only those become links. */
export type NotePart = { kind: "text"; text: string } | { kind: "link"; url: string };

const CANDIDATE = /\bhttps?:\/\/[^\s<>"'`]+/gi;
// Punctuation that ends a sentence more often than it ends an address: "see https://x.org/a." links to /a.
const TRAILING = /[.,;:!?)\]}]+$/;

export function splitNote(note: string): NotePart[] {
  const parts: NotePart[] = [];
  let at = 0;
  for (const match of note.matchAll(CANDIDATE)) {
    const url = match[0].replace(TRAILING, "");
    if (!isWebAddress(url)) continue;
    if (match.index > at) parts.push({ kind: "text", text: note.slice(at, match.index) });
    parts.push({ kind: "link", url });
    at = match.index + url.length;
  }
  if (at < note.length) parts.push({ kind: "text", text: note.slice(at) });
  return parts;
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}
