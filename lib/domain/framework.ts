import type { FieldErrors } from "./errors";

/**
 * The default role framework (FRAMEWORK.md): the content Skillgap ships with.
 * The seed writes it to the database; the tests check it against FRAMEWORK.md.
 */

// Bumped whenever the framework or its skill guides (lib/domain/skill-guides.ts) change.
export const FRAMEWORK_VERSION = "2026.2";

export const LEVELS = [0, 1, 2, 3, 4, 5] as const;
export type Level = (typeof LEVELS)[number];

export const RATING_SCALE: readonly { level: Level; name: string; descriptor: string }[] = [
  { level: 0, name: "None", descriptor: "No exposure yet." },
  { level: 1, name: "Awareness", descriptor: "Knows the concepts and vocabulary; has read or watched material about it." },
  { level: 2, name: "Beginner", descriptor: "Has done it with guidance or on toy problems." },
  { level: 3, name: "Competent", descriptor: "Does it independently on typical work tasks." },
  { level: 4, name: "Proficient", descriptor: "Handles complex, ambiguous cases; reviews and guides others." },
  { level: 5, name: "Expert", descriptor: "Recognised authority; sets practice for an organisation or advances the field." },
];

export function levelName(level: number): string {
  return RATING_SCALE[level]?.name ?? "Unknown";
}

export const SKILL_CATEGORIES = ["Foundations", "Data and modelling", "Research", "Engineering and production", "Business"] as const;
export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

export interface Skill {
  slug: string;
  name: string;
  category: SkillCategory;
}

export interface RoleSkillTarget {
  skill: string;
  target: number;
  weight: number;
}

export interface Role {
  slug: string;
  name: string;
  focus: string;
  employers: string;
  mathLevel: string;
  programmingLevel: string;
  deploymentLevel: string;
  responsibilities: readonly string[];
  /** One entry per skill of the catalogue, in catalogue order; target 0 means not needed. */
  skills: readonly RoleSkillTarget[];
}

export interface Framework {
  version: string;
  skills: readonly Skill[];
  roles: readonly Role[];
}

export const SKILLS: readonly Skill[] = [
  { slug: "programming", name: "Programming in Python or R", category: "Foundations" },
  { slug: "statistics", name: "Statistics and probability", category: "Foundations" },
  { slug: "mathematics", name: "Advanced mathematics (linear algebra, calculus, optimisation)", category: "Foundations" },
  { slug: "data-visualization", name: "Data visualisation", category: "Data and modelling" },
  { slug: "eda", name: "Exploratory data analysis", category: "Data and modelling" },
  { slug: "feature-engineering", name: "Feature engineering and selection", category: "Data and modelling" },
  { slug: "ml-frameworks", name: "ML frameworks (scikit-learn, TensorFlow, PyTorch)", category: "Data and modelling" },
  { slug: "model-building", name: "Building, tuning and evaluating models", category: "Data and modelling" },
  { slug: "ml-theory", name: "Theoretical understanding of ML and deep learning", category: "Research" },
  { slug: "research-methods", name: "Research and experimentation", category: "Research" },
  { slug: "algorithm-design", name: "Designing new algorithms and analysing them mathematically", category: "Research" },
  { slug: "publishing", name: "Writing and publishing research papers", category: "Research" },
  {
    slug: "software-engineering",
    name: "Software engineering practices (testing, review, design)",
    category: "Engineering and production",
  },
  { slug: "cloud", name: "Cloud infrastructure (AWS, GCP, Azure)", category: "Engineering and production" },
  { slug: "mlops", name: "MLOps and CI/CD pipelines", category: "Engineering and production" },
  { slug: "containers", name: "Containers and orchestration (Docker, Kubernetes)", category: "Engineering and production" },
  { slug: "api-development", name: "API development", category: "Engineering and production" },
  { slug: "linux-production", name: "Linux and production environments", category: "Engineering and production" },
  { slug: "monitoring", name: "Model monitoring and retraining", category: "Engineering and production" },
  { slug: "business-domain", name: "Business and domain knowledge", category: "Business" },
];

/** Target/weight per skill, in catalogue order, for [DS, MLE, MLR]. */
const TARGETS: Record<string, readonly [string, string, string]> = {
  programming: ["4/3", "5/3", "4/3"],
  statistics: ["4/3", "2/1", "5/3"],
  mathematics: ["3/1", "2/1", "5/3"],
  "data-visualization": ["4/3", "1/1", "2/1"],
  eda: ["4/2", "2/1", "2/1"],
  "feature-engineering": ["4/2", "2/1", "2/1"],
  "ml-frameworks": ["4/3", "4/1", "4/1"],
  "model-building": ["4/2", "3/1", "4/2"],
  "ml-theory": ["2/1", "2/1", "5/3"],
  "research-methods": ["2/1", "1/1", "5/3"],
  "algorithm-design": ["1/1", "1/1", "5/2"],
  publishing: ["0/1", "0/1", "4/2"],
  "software-engineering": ["2/1", "5/3", "3/1"],
  cloud: ["1/1", "4/3", "1/1"],
  mlops: ["2/1", "5/3", "1/1"],
  containers: ["1/1", "4/2", "0/1"],
  "api-development": ["1/1", "4/3", "0/1"],
  "linux-production": ["1/1", "4/3", "1/1"],
  monitoring: ["3/2", "4/2", "0/1"],
  "business-domain": ["4/3", "2/1", "1/1"],
};

function targetsFor(column: 0 | 1 | 2): RoleSkillTarget[] {
  return SKILLS.map(({ slug }) => {
    const [target, weight] = TARGETS[slug]![column].split("/").map(Number) as [number, number];
    return { skill: slug, target, weight };
  });
}

export const ROLES: readonly Role[] = [
  {
    slug: "data-scientist",
    name: "Data Scientist",
    focus: "Solving business problems with existing ML and DL algorithms",
    employers: "Most companies",
    mathLevel: "Good",
    programmingLevel: "High",
    deploymentLevel: "Basic",
    responsibilities: [
      "Exploratory data analysis",
      "Feature engineering and selection",
      "Building and tuning models with ready-made algorithms (random forest, XGBoost, neural networks)",
      "Evaluating model performance",
      "Monitoring and retraining models every few weeks",
    ],
    skills: targetsFor(0),
  },
  {
    slug: "ml-engineer",
    name: "Machine Learning Engineer",
    focus: "Deploying and scaling models in production",
    employers: "Tech and product companies",
    mathLevel: "Moderate",
    programmingLevel: "Very High (production)",
    deploymentLevel: "Expert",
    responsibilities: [
      "Deploying models on cloud platforms (AWS, GCP, Azure)",
      "Building scalable ML pipelines",
      "Containerisation with Docker and orchestration with Kubernetes",
      "Setting up monitoring and retraining systems",
      "Keeping models reliable at scale",
    ],
    skills: targetsFor(1),
  },
  {
    slug: "ml-researcher",
    name: "Machine Learning Researcher",
    focus: "Inventing new algorithms or significantly improving current methods",
    employers: "Big Tech and research labs",
    mathLevel: "Expert",
    programmingLevel: "High (research)",
    deploymentLevel: "Minimal",
    responsibilities: [
      "Developing new ML algorithms",
      "Modifying and experimenting with existing models",
      "Deep mathematical analysis of algorithms",
      "Publishing research papers",
    ],
    skills: targetsFor(2),
  },
];

export const DEFAULT_FRAMEWORK: Framework = { version: FRAMEWORK_VERSION, skills: SKILLS, roles: ROLES };

export function findRole(framework: Framework, slug: string): Role | undefined {
  return framework.roles.find((role) => role.slug === slug);
}

/** The skills a role needs (target > 0), in catalogue order. */
export function neededSkills(role: Role): RoleSkillTarget[] {
  return role.skills.filter((skill) => skill.target > 0);
}

/** The message for a role slug the framework does not have. */
export const CHOOSE_A_ROLE = "Choose one of the roles: data-scientist, ml-engineer or ml-researcher.";

/** A field error for each rating whose skill is not in the framework. */
export function unknownSkillFields(framework: Framework, ratings: readonly { skill: string }[], path: string): FieldErrors {
  const known = new Set(framework.skills.map((skill) => skill.slug));
  const fields: FieldErrors = {};
  ratings.forEach((rating, index) => {
    if (!known.has(rating.skill)) fields[`${path}.${index}.skill`] = `Unknown skill "${rating.skill.slice(0, 64)}".`;
  });
  return fields;
}
