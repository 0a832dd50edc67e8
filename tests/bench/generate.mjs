// The benchmark's synthetic data: a fixed-seed generator that writes users,
// assessments, ratings and readiness rows straight into a migrated SQLite file
// with better-sqlite3 (big transactions, prepared statements: 2 million rows
// in well under a minute, where going through the API would take hours).
//
// Readiness rows are computed with the app's own arithmetic (lib/domain,
// bundled with esbuild because Node 20 cannot run TypeScript), so the
// database holds exactly what the app would have saved.
//
// Every user's data depends only on the seed and the user's index, so the
// 10% database is the first tenth of the full one: the same users with the
// same histories, which is what makes the 10%-vs-100% comparison fair.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";

// Bump when the generated data changes shape, so old cached files are not reused.
const GENERATOR_VERSION = 1;
const DAY_MS = 86_400_000;
const HISTORY_DAYS = 730; // two years
// A generated database is reused for this long; after that its dates would
// have drifted too far from "now" for trend and staleness to mean the same.
const MAX_AGE_MS = 30 * DAY_MS;
/** Users with a fixed number of assessments, in every database, for the growth measurements. */
export const GROWTH_SIZES = [10, 100, 1000];

export const userId = (index) => `bench-u${String(index).padStart(7, "0")}`;
export const growthUserId = (size) => `bench-growth-${size}`;
export const userEmail = (id) => `${id}@bench.skillgap.test`;

/** mulberry32: a small, fast, seedable PRNG; plenty for synthetic data. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One PRNG per user, derived from the run seed and a label, independent of how many users there are. */
function userRandom(seed, label) {
  const digest = createHash("sha256").update(`${seed}:${label}`).digest();
  return prng(digest.readUInt32LE(0));
}

/** Bundles the few pure domain modules the generator needs into one ES module and imports it. */
export async function loadDomain(root, outDir) {
  const { build } = await import("esbuild");
  const outfile = path.join(outDir, "domain.bundle.mjs");
  await build({
    stdin: {
      contents: 'export { DEFAULT_FRAMEWORK } from "./lib/domain/framework";\nexport { allRoleResults } from "./lib/domain/gap";\n',
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    format: "esm",
    platform: "node",
    outfile,
    logLevel: "error",
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

/** Hash of what the generated rows depend on: schema migrations and the domain arithmetic. */
function inputsHash(root) {
  const hash = createHash("sha256").update(String(GENERATOR_VERSION));
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else hash.update(file).update(readFileSync(file));
    }
  };
  walk(path.join(root, "prisma/migrations"));
  walk(path.join(root, "lib/domain"));
  return hash.digest("hex").slice(0, 10);
}

const iso = (ms) => new Date(ms).toISOString().replace("Z", "+00:00"); // the adapter's DateTime format

/**
 * One user's history: each skill starts from a base level (higher for the
 * skills of a role the user leans towards) and gains up to 3 levels over two
 * years, with per-assessment noise of half a level, clamped to 0-5.
 */
function userHistory({ random, framework, count, ratedSkills, endMs }) {
  const lean = framework.roles[Math.floor(random() * framework.roles.length)];
  const skills = framework.skills.map((skill) => {
    const target = lean.skills.find((entry) => entry.skill === skill.slug)?.target ?? 0;
    return { slug: skill.slug, base: random() * 2 + (target >= 3 ? 1 : 0), gain: random() * 3 };
  });
  // A fixed subset of skills per user when fewer than all are rated.
  const shuffled = [...skills];
  for (let i = shuffled.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  const rated = shuffled.slice(0, ratedSkills);
  const startMs = endMs - HISTORY_DAYS * DAY_MS;
  const times = Array.from({ length: count }, () => startMs + Math.floor(random() * HISTORY_DAYS * DAY_MS)).sort((a, b) => a - b);
  return {
    targetRole: random() < 0.8 ? framework.roles[Math.floor(random() * framework.roles.length)].slug : null,
    assessments: times.map((at) => {
      const progress = (at - startMs) / (HISTORY_DAYS * DAY_MS);
      return {
        at,
        ratings: rated.map((skill) => ({
          skill: skill.slug,
          level: Math.max(0, Math.min(5, Math.round(skill.base + skill.gain * progress + (random() - 0.5)))),
        })),
      };
    }),
  };
}

function progressBar(label, total) {
  const tty = process.stderr.isTTY;
  let lastPrinted = -1;
  const started = Date.now();
  return (done) => {
    const percent = Math.floor((done / total) * 100);
    if (tty) {
      const filled = Math.round(percent / 2.5);
      process.stderr.write(
        `\r  ${label} [${"#".repeat(filled)}${".".repeat(40 - filled)}] ${percent}% (${done}/${total}, ${((Date.now() - started) / 1000).toFixed(0)} s)`,
      );
      if (done === total) process.stderr.write("\n");
    } else if (percent >= lastPrinted + 10 || done === total) {
      // Logs (CI, a file) get a line every 10% instead of carriage returns.
      lastPrinted = percent - (percent % 10);
      process.stderr.write(`  ${label} ${percent}% (${done}/${total})\n`);
    }
  };
}

/** Writes the framework rows exactly as lib/db/framework.ts seedFramework does, so the server's seed finds it present. */
function seedFramework(db, framework, nowIso) {
  const skill = db.prepare('INSERT INTO "Skill" (slug, name, category, position) VALUES (?, ?, ?, ?)');
  framework.skills.forEach((entry, position) => skill.run(entry.slug, entry.name, entry.category, position));
  const role = db.prepare(
    'INSERT INTO "Role" (slug, name, position, focus, employers, mathLevel, programmingLevel, deploymentLevel, responsibilities) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const roleSkill = db.prepare('INSERT INTO "RoleSkill" (roleSlug, skillSlug, target, weight) VALUES (?, ?, ?, ?)');
  framework.roles.forEach((entry, position) => {
    role.run(
      entry.slug,
      entry.name,
      position,
      entry.focus,
      entry.employers,
      entry.mathLevel,
      entry.programmingLevel,
      entry.deploymentLevel,
      JSON.stringify(entry.responsibilities),
    );
    for (const target of entry.skills) roleSkill.run(entry.slug, target.skill, target.target, target.weight);
  });
  db.prepare('INSERT INTO "FrameworkVersion" (version, createdAt) VALUES (?, ?)').run(framework.version, nowIso);
}

/**
 * Returns the path of a generated database with these sizes, generating it
 * when no fresh one exists. `users` regular users with `assessments` each,
 * plus one growth user per GROWTH_SIZES entry.
 */
export async function ensureDatabase({ root, dir, users, assessments, ratings, seed, domain }) {
  const key = `u${users}-a${assessments}-r${ratings}-s${seed}-${inputsHash(root)}`;
  const file = path.join(dir, `gen-${key}.db`);
  const metaFile = `${file}.json`;
  if (existsSync(file) && existsSync(metaFile)) {
    const meta = JSON.parse(readFileSync(metaFile, "utf8"));
    if (Date.now() - meta.endMs < MAX_AGE_MS) return { file, meta, reused: true };
  }
  for (const stale of readdirSync(dir).filter((name) => name.startsWith(`gen-u${users}-a${assessments}-r${ratings}-s${seed}-`))) {
    rmSync(path.join(dir, stale), { force: true });
  }

  // Generate into a temporary file and rename at the end: an interrupted run leaves nothing that looks reusable.
  const tmp = `${file}.tmp`;
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(tmp + suffix, { force: true });
  execFileSync(process.execPath, ["scripts/prepare-db.mjs"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:${tmp}` },
    stdio: ["ignore", "ignore", "pipe"],
  }); // the error, if any, is in the thrown message

  const { DEFAULT_FRAMEWORK: framework, allRoleResults } = domain;
  const ratedSkills = Math.min(ratings, framework.skills.length);
  // Midnight UTC today: the histories end now, so trend windows and staleness behave as for a live user.
  const endMs = Math.floor(Date.now() / DAY_MS) * DAY_MS;
  const db = new Database(tmp);
  // A throwaway bulk load: no journal, no fsync. The file is only renamed into place once complete.
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -262144"); // 256 MiB
  db.pragma("temp_store = MEMORY");

  const insertUser = db.prepare(
    'INSERT INTO "User" (id, email, name, sessionVersion, targetRoleSlug, goalReadiness, createdAt) VALUES (?, ?, ?, 0, ?, 1, ?)',
  );
  const insertAssessment = db.prepare('INSERT INTO "Assessment" (id, userId, createdAt, frameworkVersion, note) VALUES (?, ?, ?, ?, NULL)');
  const insertRating = db.prepare('INSERT INTO "Rating" (assessmentId, skillSlug, level, note) VALUES (?, ?, ?, NULL)');
  const insertReadiness = db.prepare(
    'INSERT INTO "RoleReadiness" (assessmentId, roleSlug, userId, createdAt, readiness, weightedShortfall, skillsMet) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );

  const writeUser = (id, label, count) => {
    const history = userHistory({ random: userRandom(seed, label), framework, count, ratedSkills, endMs });
    const firstAt = history.assessments[0]?.at ?? endMs;
    insertUser.run(id, userEmail(id), `Bench ${label}`, history.targetRole, iso(firstAt - DAY_MS));
    history.assessments.forEach((assessment, index) => {
      // Ids sort in insertion order, so every primary-key index is appended to.
      const assessmentId = `${id}-a${String(index).padStart(5, "0")}`;
      const at = iso(assessment.at);
      insertAssessment.run(assessmentId, id, at, framework.version);
      const levels = {};
      for (const rating of assessment.ratings) {
        insertRating.run(assessmentId, rating.skill, rating.level);
        levels[rating.skill] = rating.level;
      }
      for (const result of allRoleResults(framework, levels)) {
        insertReadiness.run(assessmentId, result.role, id, at, result.readiness, result.weightedShortfall, result.skillsMet);
      }
    });
  };

  const started = Date.now();
  const label = path.basename(file);
  db.transaction(() => seedFramework(db, framework, iso(endMs - (HISTORY_DAYS + 2) * DAY_MS)))();
  db.transaction(() => GROWTH_SIZES.forEach((size) => writeUser(growthUserId(size), `growth-${size}`, size)))();
  const tick = progressBar(`generating ${users} users x ${assessments} assessments`, users);
  const BATCH = 100; // users per transaction: ~100k rows each
  for (let first = 0; first < users; first += BATCH) {
    db.transaction(() => {
      for (let index = first; index < Math.min(users, first + BATCH); index += 1) writeUser(userId(index), `user-${index}`, assessments);
    })();
    tick(Math.min(users, first + BATCH));
  }
  if (users === 0) tick(0);
  db.close();
  renameSync(tmp, file);
  const meta = {
    key,
    users,
    assessments,
    ratings: ratedSkills,
    seed,
    endMs,
    generatedAt: new Date().toISOString(),
    seconds: (Date.now() - started) / 1000,
    bytes: statSync(file).size,
  };
  writeFileSync(metaFile, JSON.stringify(meta, null, 2));
  process.stderr.write(`  wrote ${label} (${(meta.bytes / 1e6).toFixed(0)} MB) in ${meta.seconds.toFixed(1)} s\n`);
  return { file, meta, reused: false };
}

export function ensureDir(dir) {
  mkdirSync(dir, { recursive: true });
  return dir;
}
