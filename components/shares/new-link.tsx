"use client";

import { useState } from "react";

/** A link just created: shown once in full (only its hash is kept), with a copy button. */
export function NewLink({ path, what }: { path: string; what: string }) {
  const [copied, setCopied] = useState(false);
  const url = `${window.location.origin}${path}`;
  return (
    <div role="status" className="space-y-2 rounded-md border border-line bg-success-soft p-3 text-sm text-success-ink">
      <p>{what} Copy it now: it is shown only once.</p>
      <div className="flex flex-wrap items-center gap-2">
        <input
          readOnly
          value={url}
          aria-label="The new link"
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-control bg-surface px-2 py-1 font-mono text-xs"
        />
        <button
          type="button"
          className="rounded-md border border-control bg-surface px-3 py-1 font-medium hover:bg-subtle"
          onClick={async () => {
            await navigator.clipboard.writeText(url);
            setCopied(true);
          }}
        >
          {copied ? "Copied" : "Copy link"}
        </button>
      </div>
    </div>
  );
}
