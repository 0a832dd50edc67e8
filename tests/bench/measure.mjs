// What one run measures: load on a target, server time as histories grow, and page weight.
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { encode } from "next-auth/jwt";
import { BASE, CONNECTIONS, DURATION, GROWTH_SAMPLES, GROWTH_WARMUP_SECONDS, ROOT, SECRET, TARGETS, WARMUP_SECONDS } from "./config.mjs";
import { userEmail } from "./generate.mjs";
import { countLog, logSize, runLoad, withCpu } from "./processes.mjs";

export function percentile(sorted, p) {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** A pool of evenly spread indexes in [0, count), shifted by offset. */
export function spread(count, size, offset = 0) {
  const n = Math.min(count, size);
  return Array.from({ length: n }, (_, k) => (Math.floor((k * count) / n) + offset) % count);
}

// ---------------------------------------------------------------- sessions
/** A session cookie for a generated user, minted with this run's secret exactly as next-auth would issue it. */
export async function sessionCookie(id) {
  const token = await encode({
    secret: SECRET,
    token: { sub: id, email: userEmail(id), name: null, sessionVersion: 0, sessionId: randomUUID(), authTime: Date.now() },
  });
  return `next-auth.session-token=${token}`;
}

export function bodies(count, seed, skills) {
  let state = seed >>> 0;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0; // an LCG is enough to vary request bodies
    return state / 4294967296;
  };
  return Array.from({ length: count }, () =>
    JSON.stringify({ ratings: skills.map((skill) => ({ skill, level: Math.floor(random() * 6) })) }),
  );
}

export async function loadTarget(serverPid, target, cookies, extra = {}, duration = DURATION) {
  console.error(`  ${target.label}: ${WARMUP_SECONDS} s warm-up, then ${CONNECTIONS} connections x ${duration} s`);
  const job = { method: target.method, path: target.path, cookies, connections: CONNECTIONS, ...extra };
  await runLoad({ ...job, duration: WARMUP_SECONDS, idempotencyPrefix: extra.idempotencyPrefix && `${extra.idempotencyPrefix}-warm` });
  const offset = logSize();
  const result = await withCpu(serverPid, () => runLoad({ ...job, duration }));
  result.busy = countLog(offset, /SQLITE_BUSY|database is locked/i);
  return result;
}

// ---------------------------------------------------------------- growth
/**
 * Server time as seen by one client sending one request at a time on
 * localhost (keep-alive): median and p95 in ms for each group of users.
 * The groups are interleaved: every round sends one request per group, in an
 * order rotated each round, so a drift in the server's state (GC, CPU
 * frequency, caches) lands on every group alike instead of on whichever was
 * timed last. Each group gets 5 untimed requests, then `samples` timed ones.
 */
export async function timeInterleaved(path, cookiesByGroup, samples = GROWTH_SAMPLES) {
  const groups = Object.keys(cookiesByGroup);
  const runs = Object.fromEntries(groups.map((group) => [group, { times: [], statuses: {} }]));
  const once = async (group, round) => {
    const cookies = cookiesByGroup[group];
    const started = performance.now();
    const response = await fetch(`${BASE}${path}`, { headers: { cookie: cookies[round % cookies.length] }, redirect: "manual" });
    await response.arrayBuffer();
    return { ms: performance.now() - started, status: response.status };
  };
  const warmUpRounds = 5;
  for (let round = 0; round < warmUpRounds + samples; round += 1) {
    for (let k = 0; k < groups.length; k += 1) {
      const group = groups[(round + k) % groups.length];
      const { ms, status } = await once(group, round);
      if (round < warmUpRounds) continue;
      runs[group].statuses[status] = (runs[group].statuses[status] ?? 0) + 1;
      if (status === 200) runs[group].times.push(ms);
    }
  }
  return Object.fromEntries(
    groups.map((group) => {
      const { times, statuses } = runs[group];
      times.sort((a, b) => a - b);
      const failed = Object.entries(statuses).filter(([code]) => code !== "200");
      return [
        group,
        { median: percentile(times, 50), p95: percentile(times, 95), failed: failed.map(([code, count]) => `${count}x${code}`).join(" ") },
      ];
    }),
  );
}

// History as well as dashboard and progress: none should cost more as a history grows.
export const growthPaths = {
  dashboard: TARGETS.dashboardApi.path,
  progress: TARGETS.progress.path,
  history: "/api/v1/assessments?limit=20",
  historyPage: "/history",
};

/**
 * The same warm-up on every server before its growth timings (a fresh
 * server's first requests run cold code): a few seconds of load on each
 * endpoint timed, from the users about to be timed.
 */
export async function warmGrowthEndpoints(cookies) {
  for (const route of Object.values(growthPaths)) {
    await runLoad({ method: "GET", path: route, cookies, connections: CONNECTIONS, duration: GROWTH_WARMUP_SECONDS });
  }
}

/** Every growth endpoint for one group of users (a database's shared users), timed one request at a time. */
export async function growthBySize(cookies) {
  const out = {};
  for (const [name, route] of Object.entries(growthPaths)) out[name] = (await timeInterleaved(route, { users: cookies })).users;
  return out;
}

/** Every growth endpoint for each history size, the sizes interleaved request by request: { [size]: { [endpoint]: timing } }. */
export async function growthByHistory(cookiesBySize) {
  const out = Object.fromEntries(Object.keys(cookiesBySize).map((size) => [size, {}]));
  for (const [name, route] of Object.entries(growthPaths)) {
    const bySize = await timeInterleaved(route, cookiesBySize);
    for (const size of Object.keys(bySize)) out[size][name] = bySize[size];
  }
  return out;
}

// ---------------------------------------------------------------- page weight
/**
 * First-load JS of a page: every JavaScript chunk the served HTML names (its
 * <script src> tags, and chunk paths inside the inline React payload, which
 * the client loads while hydrating), minus the nomodule polyfill that modern
 * browsers skip. Each chunk is read from .next/static and gzipped at level 9
 * (as Next's former build output and the gzip-size package do).
 */
export async function pageWeight(page, cookie) {
  const response = await fetch(`${BASE}${page.path}`, { headers: page.auth ? { cookie } : {}, redirect: "manual" });
  const html = await response.text();
  if (response.status !== 200) return { path: page.path, status: response.status };
  const noModule = new Set();
  const chunks = new Set();
  for (const [, attributes] of html.matchAll(/<script\b([^>]*)>/gi)) {
    const src = attributes.match(/\bsrc="([^"]+)"/)?.[1];
    if (!src) continue;
    (/\bnomodule\b/i.test(attributes) ? noModule : chunks).add(new URL(src, BASE).pathname);
  }
  const scriptTags = chunks.size;
  for (const [chunk] of html.matchAll(/\/_next\/static\/[\w./~-]+?\.js/g)) if (!noModule.has(chunk)) chunks.add(chunk);
  const size = (files) => {
    let raw = 0;
    let gzipped = 0;
    for (const file of files) {
      const bytes = readFileSync(path.join(ROOT, ".next", file));
      raw += bytes.length;
      gzipped += gzipSync(bytes, { level: 9 }).length;
    }
    return { raw, gzipped };
  };
  const firstLoad = [...chunks].map((chunk) => `static/${decodeURIComponent(chunk.slice("/_next/static/".length))}`);
  // Not first-load, but shown beside it: the next/dynamic chunks of the page (its react-loadable-manifest),
  // which the browser fetches after hydration when those components mount (charts, for instance).
  const manifest = path.join(ROOT, ".next/server/app", page.path === "/" ? "" : page.path, "page/react-loadable-manifest.json");
  const dynamicFiles = existsSync(manifest)
    ? Object.values(JSON.parse(readFileSync(manifest, "utf8"))).flatMap((entry) => entry.files)
    : [];
  const lazy = [...new Set(dynamicFiles)].filter((file) => file.endsWith(".js") && !firstLoad.includes(file));
  return { path: page.path, status: 200, chunks: chunks.size, scriptTags, ...size(firstLoad), lazyChunks: lazy.length, lazy: size(lazy) };
}
