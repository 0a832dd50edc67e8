import { SKILLS } from "./framework";
import { SKILL_TERMS, STOP_TERMS, WEAK_TERM_CAP } from "./skill-terms";

/**
 * Drafts a role's targets from the text of a job posting, offline and
 * deterministically: no model, no network, the same text always gives the
 * same draft. The posting is cut into phrases (a bullet, a sentence); each
 * phrase names skills through the dictionary in skill-terms.ts, and its
 * section and wording set how much it asks for:
 *
 * - the section: a requirement or responsibility asks for competent work
 *   (level 3), an introduction or a "nice to have" for a beginner's (2);
 * - cues raise that ("strong", "deep experience", "5+ years" make 4;
 *   "expert", "world-class", "10+ years" make 5) or lower it ("familiarity
 *   with", "exposure to", "a plus" make 2; "interest in", "no need" make 1),
 *   a lowering cue winning over a raising one in the same phrase;
 * - the weight: 3 for a requirement, 2 for a responsibility, 1 for anything
 *   preferred or lowered.
 *
 * A skill's target is the highest level any of its phrases asks for, its
 * weight the highest weight. Every step is one pass over the text with
 * look-ups of bounded size, and no regular expression can backtrack, so
 * time grows linearly with the text, whatever it holds.
 */

export interface DraftTarget {
  skill: string;
  /** 0 when the posting does not name the skill. */
  target: number;
  weight: number;
  /** The posting's phrases that produced the target, as written there. */
  evidence: string[];
}

export interface PostingDraft {
  /** Every skill of the catalogue, in catalogue order. */
  targets: DraftTarget[];
  /** Phrases of the posting's requirements and responsibilities that name none of the skills. */
  unmatched: string[];
}

/** Bounds on the answer, whatever the size of the posting. */
export const MAX_EVIDENCE_PER_SKILL = 5;
export const MAX_UNMATCHED = 20;
export const MAX_PHRASE_CHARS = 160;

type Section = "intro" | "responsibilities" | "required" | "preferred" | "ignored";

const SECTION_BASE: Record<Exclude<Section, "ignored">, { level: number; weight: number }> = {
  intro: { level: 2, weight: 1 },
  responsibilities: { level: 3, weight: 2 },
  required: { level: 3, weight: 3 },
  preferred: { level: 2, weight: 1 },
};

// Headings, by the words they start with once lower-cased and cut into words;
// checked in this order, so "preferred qualifications" is not a requirement.
const HEADINGS: readonly (readonly [Section, readonly string[]])[] = [
  [
    "preferred",
    ["nice to have", "preferred", "bonus", "desirable", "good to have", "extra credit", "plus", "it would be great", "ideally"],
  ],
  [
    "ignored",
    [
      "about us",
      "about the company",
      "company",
      "benefits",
      "what we offer",
      "perks",
      "compensation",
      "salary",
      "how to apply",
      "why join",
      "equal opportunity",
      "location",
    ],
  ],
  [
    "responsibilities",
    [
      "responsibilities",
      "key responsibilities",
      "what you ll do",
      "what you will do",
      "you will",
      "your role",
      "the role",
      "in this role",
      "duties",
      "day to day",
      "your impact",
      "what you ll work on",
    ],
  ],
  [
    "required",
    [
      "requirements",
      "required",
      "qualifications",
      "minimum qualifications",
      "basic qualifications",
      "must have",
      "what you need",
      "what you ll need",
      "you have",
      "what we re looking for",
      "what we are looking for",
      "who you are",
      "about you",
      "what you bring",
      "skills",
      "essential",
    ],
  ],
];

// Cues, as whole words of the lower-cased phrase.
const RAISE_TO_5 = [
  "expert",
  "expert level",
  "world class",
  "mastery",
  "authority",
  "top tier",
  "first author",
  "recognised",
  "recognized",
];
const RAISE_TO_4 = [
  "strong",
  "deep",
  "extensive",
  "advanced",
  "solid",
  "proficiency",
  "proficient",
  "in depth",
  "significant experience",
  "proven",
  "excellent",
  "thorough",
  "expertise",
  "track record",
];
const LOWER_TO_2 = [
  "familiarity",
  "familiar",
  "exposure",
  "nice to have",
  "a plus",
  "is a plus",
  "bonus",
  "basic",
  "some experience",
  "some exposure",
  "ideally",
  "desirable",
  "an advantage",
  "helpful",
];
const LOWER_TO_1 = ["awareness", "aware of", "interest in", "no need", "not required", "curious", "willingness to learn", "eager to learn"];

/** Years of experience that raise a phrase to 4 and to 5. */
const YEARS_FOR_4 = 5;
const YEARS_FOR_5 = 10;

/** A tag longer than this is not a tag: "<" and what follows are text. */
const MAX_TAG_CHARS = 1000;

const BLOCK_TAGS = new Set([
  "p",
  "div",
  "li",
  "ul",
  "ol",
  "br",
  "tr",
  "td",
  "th",
  "section",
  "article",
  "header",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "dt",
  "dd",
  "hr",
]);
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", nbsp: " ", quot: '"', apos: "'", "#39": "'" };

interface Term {
  words: readonly string[];
  skills: readonly { skill: string; weak: boolean }[];
}

/** Terms by their first word, and those whose first word is a stem by the stem's first four letters. */
interface TermIndex {
  exact: Map<string, Term[]>;
  byStem: Map<string, Term[]>;
}

export const STEM_KEY_CHARS = 4;

function buildIndex(): TermIndex {
  const bySpelling = new Map<string, { skill: string; weak: boolean }[]>();
  const add = (spelling: string, skill: { skill: string; weak: boolean } | null) => {
    const list = bySpelling.get(spelling) ?? [];
    if (skill) list.push(skill);
    bySpelling.set(spelling, list);
  };
  for (const [skill, terms] of Object.entries(SKILL_TERMS)) {
    for (const spelling of terms.strong) add(spelling, { skill, weak: false });
    for (const spelling of terms.weak) add(spelling, { skill, weak: true });
  }
  for (const spelling of STOP_TERMS) add(spelling, null);
  const index: TermIndex = { exact: new Map(), byStem: new Map() };
  for (const [spelling, skills] of bySpelling) {
    const words = spelling.split(" ");
    const first = words[0]!;
    const [map, key] = first.endsWith("*") ? [index.byStem, first.slice(0, STEM_KEY_CHARS)] : [index.exact, first];
    map.set(key, [...(map.get(key) ?? []), { words, skills }]);
  }
  return index;
}

const INDEX = buildIndex();

function wordMatches(pattern: string, word: string): boolean {
  return pattern.endsWith("*") ? word.startsWith(pattern.slice(0, -1)) : pattern === word;
}

/** The longest terms starting at `at`, with their length in words (0 when none starts there). */
function longestTermsAt(words: readonly string[], at: number): { length: number; terms: Term[] } {
  const word = words[at]!;
  const candidates = [...(INDEX.exact.get(word) ?? []), ...(INDEX.byStem.get(word.slice(0, STEM_KEY_CHARS)) ?? [])];
  let best: { length: number; terms: Term[] } = { length: 0, terms: [] };
  for (const term of candidates) {
    const length = term.words.length;
    if (length < best.length || at + length > words.length) continue;
    if (!term.words.every((pattern, i) => wordMatches(pattern, words[at + i]!))) continue;
    best = length > best.length ? { length, terms: [term] } : { length, terms: [...best.terms, term] };
  }
  return best;
}

function isWordChar(char: string): boolean {
  return /[\p{L}\p{N}+#&]/u.test(char);
}

/** Lower-cased words: runs of letters, digits, "+", "#" and "&". */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  let current = "";
  for (const char of text.toLowerCase()) {
    if (isWordChar(char)) current += char;
    else if (current) {
      words.push(current);
      current = "";
    }
  }
  if (current) words.push(current);
  return words;
}

/** HTML to plain lines: block tags become line breaks, other tags vanish, script and style go with their content. */
function htmlToText(text: string): string {
  const lower = text.toLowerCase();
  let out = "";
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    const next = text[i + 1] ?? "";
    if (char === "<" && /[a-zA-Z/!]/.test(next)) {
      const end = text.indexOf(">", i + 1);
      if (end !== -1 && end - i <= MAX_TAG_CHARS) {
        const name = (/^\/?([a-zA-Z][a-zA-Z0-9]*)/.exec(text.slice(i + 1, end)) ?? [])[1]?.toLowerCase() ?? "";
        if ((name === "script" || name === "style") && text[i + 1] !== "/") {
          const close = lower.indexOf(`</${name}`, end);
          i = close === -1 ? text.length : close;
          continue;
        }
        out += BLOCK_TAGS.has(name) ? "\n" : " ";
        i = end + 1;
        continue;
      }
    }
    out += char;
    i += 1;
  }
  return out.replace(/&(amp|lt|gt|nbsp|quot|apos|#39);/g, (_, name: string) => ENTITIES[name]!);
}

function has(phraseWords: string, cue: string): boolean {
  return phraseWords.includes(` ${cue} `);
}

function yearsAsked(words: readonly string[]): number {
  let most = 0;
  for (let i = 0; i < words.length; i += 1) {
    const number = /^(\d{1,2})\+?$/.exec(words[i]!);
    if (!number) continue;
    const after = words[i + 1] === "+" ? words[i + 2] : words[i + 1];
    if (after === "years" || after === "year" || after === "yrs") most = Math.max(most, Number(number[1]));
  }
  return most;
}

/** The level and weight a phrase asks for, from its section and cues. */
function phraseDemand(words: readonly string[], section: Exclude<Section, "ignored">): { level: number; weight: number } {
  const joined = ` ${words.join(" ")} `;
  const base = SECTION_BASE[section];
  const years = yearsAsked(words);
  let level = base.level;
  if (years >= YEARS_FOR_5 || RAISE_TO_5.some((cue) => has(joined, cue))) level = 5;
  else if (years >= YEARS_FOR_4 || RAISE_TO_4.some((cue) => has(joined, cue))) level = Math.max(level, 4);
  let weight = base.weight;
  if (LOWER_TO_1.some((cue) => has(joined, cue))) {
    level = 1;
    weight = 1;
  } else if (LOWER_TO_2.some((cue) => has(joined, cue))) {
    level = Math.min(level, 2);
    weight = 1;
  }
  return { level, weight };
}

function headingSection(words: readonly string[]): Section | undefined {
  const joined = ` ${words.join(" ")} `;
  for (const [section, starts] of HEADINGS) if (starts.some((start) => joined.startsWith(` ${start} `))) return section;
  return undefined;
}

/** What the phrase says, shortened for display. */
function shown(phrase: string): string {
  const flat = phrase.replace(/\s+/g, " ").trim();
  if (flat.length <= MAX_PHRASE_CHARS) return flat;
  const cut = flat.slice(0, MAX_PHRASE_CHARS - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > MAX_PHRASE_CHARS / 2 ? cut.slice(0, space) : cut}…`;
}

const BULLET = /^(?:[-*•·+>#]+|\d{1,3}[.)])\s*/;

interface Line {
  text: string;
  section: Exclude<Section, "ignored">;
}

/** The posting's lines of content, each with its section; headings set the section and are not content. */
function contentLines(text: string): Line[] {
  const lines: Line[] = [];
  let section: Section = "intro";
  for (const raw of htmlToText(text).split(/\r\n|\r|\n/)) {
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const isBullet = /^[-*•·+]\s/.test(trimmed) || /^\d{1,3}[.)]\s/.test(trimmed);
    const body = trimmed
      .replace(BULLET, "")
      .replace(/\*\*|__/g, "")
      .trim();
    const colon = body.indexOf(":");
    const label = colon === -1 ? body : body.slice(0, colon);
    const labelWords = wordsOf(label);
    const labelSection = labelWords.length > 0 && labelWords.length <= 6 && !isBullet ? headingSection(labelWords) : undefined;
    if (labelSection) {
      const rest = colon === -1 ? "" : body.slice(colon + 1).trim();
      // "Nice to have: Docker" speaks for itself only; "Requirements" alone heads what follows.
      if (rest) {
        if (labelSection !== "ignored") lines.push({ text: rest, section: labelSection });
      } else section = labelSection;
      continue;
    }
    if (section !== "ignored" && body) lines.push({ text: body, section });
  }
  return lines;
}

/** A line cut into sentences, at ".", ";", "!" or "?" before a space, and at inline bullets. */
function phrasesOf(line: string): string[] {
  return line
    .split(/[.;!?](?=\s)|\s[•·]\s/)
    .map((phrase) => phrase.trim().replace(/[.;!?]+$/, ""))
    .filter((phrase) => phrase.length > 0);
}

export function draftFromPosting(text: string): PostingDraft {
  const found = new Map<string, { target: number; weight: number; evidence: string[] }>();
  const unmatched: string[] = [];
  for (const line of contentLines(text)) {
    for (const phrase of phrasesOf(line.text)) {
      const words = wordsOf(phrase);
      if (words.length === 0) continue;
      const demand = phraseDemand(words, line.section);
      const named = new Map<string, boolean>(); // skill -> named only by weak terms
      let matchedAny = false;
      for (let at = 0; at < words.length;) {
        const { length, terms } = longestTermsAt(words, at);
        if (length === 0) {
          at += 1;
          continue;
        }
        matchedAny = true;
        for (const term of terms) for (const { skill, weak } of term.skills) named.set(skill, (named.get(skill) ?? true) && weak);
        at += length;
      }
      if (named.size === 0) {
        const text = shown(phrase);
        if (!matchedAny && line.section !== "intro" && words.length >= 3 && unmatched.length < MAX_UNMATCHED && !unmatched.includes(text)) {
          unmatched.push(text);
        }
        continue;
      }
      for (const [skill, weakOnly] of named) {
        const level = weakOnly ? Math.min(demand.level, WEAK_TERM_CAP) : demand.level;
        const weight = weakOnly ? Math.min(demand.weight, WEAK_TERM_CAP) : demand.weight;
        const entry = found.get(skill) ?? { target: 0, weight: 1, evidence: [] };
        entry.target = Math.max(entry.target, level);
        entry.weight = Math.max(entry.weight, weight);
        const evidence = shown(phrase);
        if (entry.evidence.length < MAX_EVIDENCE_PER_SKILL && !entry.evidence.includes(evidence)) entry.evidence.push(evidence);
        found.set(skill, entry);
      }
    }
  }
  return {
    targets: SKILLS.map(({ slug }) => {
      const entry = found.get(slug);
      return entry ? { skill: slug, ...entry } : { skill: slug, target: 0, weight: 1, evidence: [] };
    }),
    unmatched,
  };
}
