// The leak check: the read load phases run a second time on the same server,
// and its resident memory is read after each pass. Memory a pass only borrows
// (garbage not yet collected, caches that stop growing once warm) is the same
// after the second pass; memory that something keeps grows pass after pass.
import { TARGETS } from "./config.mjs";
import { loadTarget } from "./measure.mjs";
import { readStatusKb } from "./processes.mjs";

/** The targets each pass loads, in order: every read the load phase measures (saves would change the data). */
export const READ_TARGETS = ["health", "dashboardApi", "progress", "dashboardPage"];

/** Runs the read targets again after a first pass; answers RSS (kB) after each pass and the second pass's results. */
export async function leakCheck(serverPid, cookies) {
  const afterFirst = readStatusKb(serverPid, "VmRSS");
  const secondPass = {};
  for (const key of READ_TARGETS) secondPass[key] = await loadTarget(serverPid, TARGETS[key], cookies);
  const afterSecond = readStatusKb(serverPid, "VmRSS");
  return { afterFirst, afterSecond, growth: afterFirst && afterSecond ? afterSecond / afterFirst - 1 : null, secondPass };
}
