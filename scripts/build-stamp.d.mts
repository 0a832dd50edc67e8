/** Types of scripts/build-stamp.mjs, for the tests that import it. */
export function contentHash(inputs: string[], root?: string): string;
export function sourcesHash(root?: string): string;
export function buildIsCurrent(hash: string, root?: string): boolean;
export function recordBuild(hash: string, root?: string): void;
