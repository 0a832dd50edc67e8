import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { SKILLS } from "@/lib/domain/framework";
import {
  draftFromPosting,
  MAX_EVIDENCE_PER_SKILL,
  MAX_PHRASE_CHARS,
  MAX_UNMATCHED,
  STEM_KEY_CHARS,
  type PostingDraft,
} from "@/lib/domain/posting-matcher";
import { SKILL_TERMS, STOP_TERMS } from "@/lib/domain/skill-terms";

const FIXTURES = "tests/fixtures/postings";
// What a hiring manager would expect of each posting, written before the matcher was tuned.
const expected = JSON.parse(readFileSync(`${FIXTURES}/expected.json`, "utf8")) as Record<string, Record<string, number>>;
const postings = readdirSync(FIXTURES)
  .filter((file) => file.endsWith(".txt"))
  .map((file) => file.slice(0, -".txt".length));

function draftOf(name: string): PostingDraft {
  return draftFromPosting(readFileSync(`${FIXTURES}/${name}.txt`, "utf8"));
}

function target(draft: PostingDraft, skill: string) {
  return draft.targets.find((entry) => entry.skill === skill)!;
}

/** Per posting: the share of the twenty skills whose target is within one level of the expected one, and exactly it. */
function agreement(name: string): { withinOne: number; exact: number } {
  const draft = draftOf(name);
  const wanted = expected[name]!;
  const gaps = SKILLS.map(({ slug }) => Math.abs(target(draft, slug).target - (wanted[slug] ?? 0)));
  return { withinOne: gaps.filter((gap) => gap <= 1).length / gaps.length, exact: gaps.filter((gap) => gap === 0).length / gaps.length };
}

describe("the matcher on the twelve postings", () => {
  test("every posting has its expected targets, naming only skills of the catalogue", () => {
    expect(postings.length).toBeGreaterThanOrEqual(12);
    const slugs = new Set(SKILLS.map(({ slug }) => slug));
    for (const name of postings) {
      expect(expected[name], name).toBeDefined();
      for (const [skill, level] of Object.entries(expected[name]!)) {
        expect(slugs.has(skill), `${name}: ${skill}`).toBe(true);
        expect(level).toBeGreaterThanOrEqual(0);
        expect(level).toBeLessThanOrEqual(5);
      }
    }
  });

  // Measured when this test was written: 93.3% within one level, 76.3% exact,
  // the lowest posting 85% (17 of 20). The dictionary holds no phrase taken
  // from one fixture alone; with such phrases it reached 95.0% and 77.5%.
  test("agrees with the hiring managers: at least 90% of targets within one level, 70% exact, and no posting below 85%", () => {
    const results = postings.map((name) => ({ name, ...agreement(name) }));
    const mean = (key: "withinOne" | "exact") => results.reduce((sum, result) => sum + result[key], 0) / results.length;
    expect(mean("withinOne")).toBeGreaterThanOrEqual(0.9);
    expect(mean("exact")).toBeGreaterThanOrEqual(0.7);
    for (const result of results) expect(result.withinOne, result.name).toBeGreaterThanOrEqual(0.85);
  });

  test("each family's core skills come out highest: a researcher's publishing, an ML engineer's deployment, a data scientist's statistics", () => {
    expect(target(draftOf("ml-researcher-lab"), "publishing")).toMatchObject({ target: 5, weight: 3 });
    expect(target(draftOf("ml-engineer-platform"), "containers").target).toBeGreaterThanOrEqual(4);
    expect(target(draftOf("ml-engineer-platform"), "publishing").target).toBe(0);
    expect(target(draftOf("data-scientist-product"), "statistics")).toMatchObject({ target: 5, weight: 3 });
    expect(target(draftOf("data-scientist-product"), "containers").target).toBe(0);
  });

  test("every target above 0 shows the phrases that produced it, as the posting wrote them", () => {
    for (const name of postings) {
      const text = readFileSync(`${FIXTURES}/${name}.txt`, "utf8");
      for (const entry of draftOf(name).targets) {
        expect(entry.evidence.length > 0, `${name}: ${entry.skill}`).toBe(entry.target > 0);
        for (const phrase of entry.evidence) expect(text).toContain(phrase);
      }
    }
  });
});

describe("levels and weights", () => {
  test("a requirement asks for competent work at weight 3; a strong cue raises it, an expert cue makes it 5", () => {
    const draft = draftFromPosting("Requirements:\n- Experience with Docker.\n- Strong SQL.\n- Expert in PyTorch.");
    expect(target(draft, "containers")).toEqual({ skill: "containers", target: 3, weight: 3, evidence: ["Experience with Docker"] });
    expect(target(draft, "programming")).toMatchObject({ target: 4, weight: 3 });
    expect(target(draft, "ml-frameworks")).toMatchObject({ target: 5, weight: 3, evidence: ["Expert in PyTorch"] });
  });

  test("years of experience raise the level: 5+ to 4, 10+ to 5", () => {
    expect(target(draftFromPosting("Requirements\n- 3+ years of Python"), "programming").target).toBe(3);
    expect(target(draftFromPosting("Requirements\n- 5+ years of Python"), "programming").target).toBe(4);
    expect(target(draftFromPosting("Requirements\n- 10 + years of Python"), "programming").target).toBe(5);
  });

  test("familiarity, exposure and 'a plus' lower a phrase to 2 at weight 1, even under the requirements", () => {
    const draft = draftFromPosting("## Requirements\n- Familiarity with Kubernetes\n- Exposure to AWS\n- Strong Airflow is a plus");
    expect(target(draft, "containers")).toMatchObject({ target: 2, weight: 1 });
    expect(target(draft, "cloud")).toMatchObject({ target: 2, weight: 1 });
    expect(target(draft, "mlops")).toMatchObject({ target: 2, weight: 1 });
  });

  test("the preferred section weighs 1 and responsibilities 2; the highest level and weight of a skill's phrases win", () => {
    const draft = draftFromPosting(
      "Responsibilities\n- Deploy models with MLflow\n\nNice to have\n- Kubeflow\n\nRequirements\n- Deep experience with MLflow",
    );
    expect(target(draft, "mlops")).toMatchObject({ target: 4, weight: 3 });
    expect(target(draftFromPosting("Nice to have\n- Kubeflow"), "mlops")).toMatchObject({ target: 2, weight: 1 });
    expect(target(draftFromPosting("What you'll do\n- Build APIs"), "api-development")).toMatchObject({ target: 3, weight: 2 });
  });

  test("an inline heading speaks for its own line only", () => {
    const draft = draftFromPosting("Requirements\nNice to have: Docker\n- Python");
    expect(target(draft, "containers")).toMatchObject({ target: 2, weight: 1 });
    expect(target(draft, "programming")).toMatchObject({ target: 3, weight: 3 });
  });

  test("spellings, misspellings and casing of a tool all match it", () => {
    for (const spelling of ["PyTorch", "PYTORCH", "py-torch", "pytroch", "scikit-learn", "Scikit Learn", "sklearn", "Tensor Flow"]) {
      expect(target(draftFromPosting(`Requirements\n- ${spelling}`), "ml-frameworks").target, spelling).toBe(3);
    }
    for (const spelling of ["Kubernetes", "k8s", "Kubernets", "kuberentes", "Dockerised services"]) {
      expect(target(draftFromPosting(`Requirements\n- ${spelling}`), "containers").target, spelling).toBe(3);
    }
    expect(target(draftFromPosting("Requirements\n- CI/CD"), "mlops").target).toBe(3);
  });

  test("the longer term wins: statistical inference is statistics, not model serving; data modelling is not model building", () => {
    const draft = draftFromPosting("Requirements\n- Statistical inference\n- Data modelling in dbt");
    expect(target(draft, "statistics").target).toBe(3);
    expect(target(draft, "mlops").target).toBe(0);
    expect(target(draft, "model-building").target).toBe(0);
  });

  test("generic words hint at a skill but never ask for more than a beginner", () => {
    expect(target(draftFromPosting("Requirements\n- Expert at production support"), "linux-production").target).toBe(2);
  });

  test("requirement phrases that name no skill are listed as unmatched, once each; the introduction is not", () => {
    const draft = draftFromPosting(
      "We sell shoes online to happy people.\nRequirements\n- Fluent German and English\n- Python\n- Fluent German and English",
    );
    expect(draft.unmatched).toEqual(["Fluent German and English"]);
  });

  test("the same text gives the same draft", () => {
    const text = readFileSync(`${FIXTURES}/llm-engineer.txt`, "utf8");
    expect(draftFromPosting(text)).toEqual(draftFromPosting(text));
  });
});

describe("hostile text", () => {
  test("empty or blank text drafts nothing", () => {
    for (const text of ["", "   \n\n\t", "<p></p>"]) {
      const draft = draftFromPosting(text);
      expect(draft.targets.map(({ skill }) => skill)).toEqual(SKILLS.map(({ slug }) => slug));
      expect(draft.targets.every((entry) => entry.target === 0 && entry.evidence.length === 0)).toBe(true);
      expect(draft.unmatched).toEqual([]);
    }
  });

  test("HTML is read as text: tags split lines and vanish, script and style are dropped, entities decoded", () => {
    const draft = draftFromPosting(
      "<h2>Requirements</h2><ul><li><b>Strong</b> Python &amp; SQL</li><li onclick=\"alert('aws')\">Docker</li></ul>" +
        "<script>var cloud = 'AWS GCP Azure';</script><style>.kubernetes{}</style>",
    );
    expect(target(draft, "programming")).toMatchObject({ target: 4, weight: 3, evidence: ["Strong Python & SQL"] });
    expect(target(draft, "containers")).toMatchObject({ target: 3, evidence: ["Docker"] });
    expect(target(draft, "cloud").target).toBe(0);
    expect(JSON.stringify(draft)).not.toMatch(/[<>]/);
  });

  test("every skill named, one a line, drafts every skill with its own line as evidence", () => {
    const draft = draftFromPosting(`Requirements\n${SKILLS.map(({ name }) => `- ${name}`).join("\n")}`);
    for (const { slug, name } of SKILLS) {
      expect(target(draft, slug).target, slug).toBeGreaterThanOrEqual(2);
      expect(target(draft, slug).evidence, slug).toContain(name);
    }
  });

  test("20,000 characters of postings keep the answer bounded: five phrases a skill of at most 160 characters, 20 unmatched", () => {
    const text = postings
      .map((name) => readFileSync(`${FIXTURES}/${name}.txt`, "utf8"))
      .join("\n")
      .concat("\nRequirements\n", Array.from({ length: 1000 }, (_, i) => `- Speaks Klingon dialect ${i} fluently\n`).join(""))
      .slice(0, 20_000);
    expect(text).toHaveLength(20_000);
    const draft = draftFromPosting(text);
    for (const entry of draft.targets) {
      expect(entry.evidence.length).toBeLessThanOrEqual(MAX_EVIDENCE_PER_SKILL);
      for (const phrase of entry.evidence) expect(phrase.length).toBeLessThanOrEqual(MAX_PHRASE_CHARS);
    }
    expect(draft.unmatched.length).toBe(MAX_UNMATCHED);
    expect(draftFromPosting("Requirements\n- " + "word ".repeat(4000)).unmatched[0]!.length).toBeLessThanOrEqual(MAX_PHRASE_CHARS);
  });

  // Inputs that make backtracking regular expressions or rescanning loops take
  // seconds; a linear matcher reads each in milliseconds.
  test.each([
    ["unclosed tags", "<p".repeat(10_000)],
    ["one tag-like run with no end", "<a" + " x".repeat(9_999)],
    ["many unclosed scripts", "<script>".repeat(2_500)],
    ["one word", "a".repeat(20_000)],
    ["a stem repeated", "statistic".repeat(2_222)],
    ["numbers and pluses", "5+ ".repeat(6_666)],
    ["punctuation", ".;!?".repeat(5_000)],
    ["a term's first word repeated", "machine ".repeat(2_500)],
    ["headings", "Requirements:\n".repeat(1_428)],
  ])("%s: 20,000 characters drafted in well under a second", (_, text) => {
    const started = performance.now();
    const draft = draftFromPosting(text);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(draft.targets).toHaveLength(SKILLS.length);
  });
});

describe("the dictionary", () => {
  test("names every skill of the catalogue and no other", () => {
    expect(Object.keys(SKILL_TERMS).sort()).toEqual(SKILLS.map(({ slug }) => slug).sort());
  });

  test("is written in the matcher's own words, a stem opening a term at least four letters long", () => {
    const terms = [...Object.values(SKILL_TERMS).flatMap(({ strong, weak }) => [...strong, ...weak]), ...STOP_TERMS];
    for (const term of terms) {
      for (const word of term.split(" ")) expect(word, term).toMatch(/^[\p{Ll}\p{N}+#&]+\*?$/u);
      const first = term.split(" ")[0]!;
      if (first.endsWith("*")) expect(first.length - 1, term).toBeGreaterThanOrEqual(STEM_KEY_CHARS);
    }
  });
});
