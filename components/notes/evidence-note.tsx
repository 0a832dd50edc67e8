import { splitNote } from "@/lib/domain/evidence";

/** A note as the user wrote it, with its http(s) addresses as links that pass on nothing about this page. */
export function EvidenceNote({ note }: { note: string }) {
  return (
    <>
      {splitNote(note).map((part, index) =>
        part.kind === "link" ? (
          <a key={index} href={part.url} rel="noopener noreferrer nofollow" target="_blank" className="break-all">
            {part.url}
          </a>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
