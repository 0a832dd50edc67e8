import { expect, test } from "vitest";
import { splitNote } from "@/lib/domain/evidence";

test.each([
  ["plain text stays text", "Built a churn model at work", [{ kind: "text", text: "Built a churn model at work" }]],
  [
    "an https address in a sentence, without the full stop after it",
    "See https://github.com/me/churn-model.",
    [
      { kind: "text", text: "See " },
      { kind: "link", url: "https://github.com/me/churn-model" },
      { kind: "text", text: "." },
    ],
  ],
  [
    "two addresses, http and https, one in brackets",
    "Kaggle (http://kaggle.com/me) and https://arxiv.org/abs/1234.5678v2",
    [
      { kind: "text", text: "Kaggle (" },
      { kind: "link", url: "http://kaggle.com/me" },
      { kind: "text", text: ") and " },
      { kind: "link", url: "https://arxiv.org/abs/1234.5678v2" },
    ],
  ],
  ["a query string is kept", "https://example.org/a?b=1&c=2", [{ kind: "link", url: "https://example.org/a?b=1&c=2" }]],
  [
    "other schemes are text",
    "javascript:alert(1) ftp://x.org data:text/html,hi",
    [{ kind: "text", text: "javascript:alert(1) ftp://x.org data:text/html,hi" }],
  ],
  ["a scheme with no host is text", "http:// nothing", [{ kind: "text", text: "http:// nothing" }]],
  [
    "markup around an address is not part of it",
    '<a href="https://x.org">',
    [
      { kind: "text", text: '<a href="' },
      { kind: "link", url: "https://x.org" },
      { kind: "text", text: '">' },
    ],
  ],
])("%s", (_label, note, parts) => {
  expect(splitNote(note)).toEqual(parts);
});
