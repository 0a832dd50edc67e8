// Runs once when a server starts. The secret is resolved first so that a
// misconfigured deployment refuses to start instead of failing on first use;
// then requests Next cannot serve, and bodies over their limit, are refused before Next reads them, a SIGTERM's drain
// closes keep-alive connections, each request is logged; then the idempotent framework seed (migrations ran before, in
// scripts/prepare-db.mjs).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { guardRequestsBeforeNext } = await import("./lib/http/before-next");
  guardRequestsBeforeNext();
  const { closeConnectionsOnSigterm } = await import("./lib/ops/drain");
  closeConnectionsOnSigterm();
  const { logRequests } = await import("./lib/ops/request-log");
  logRequests();
  const { assertAuthSecretOrExit } = await import("./lib/auth/secret");
  assertAuthSecretOrExit();
  const { seed } = await import("./prisma/seed");
  await seed();
}
