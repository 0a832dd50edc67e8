/** Types of scripts/build.mjs, for the tests that import it. */
export function buildKeepingLastGood(root?: string, build?: (root: string) => boolean): "current" | "built" | "kept" | "failed";
