/**
 * Disconnects the app's db client and forgets it, when there is one. Outside production lib/db/client.ts keeps its
 * client on globalThis, where a fresh module graph would find it again, still connected to the database it was made
 * for; after this, the next import of the client connects to DATABASE_URL as it is then.
 */
export async function releaseDbClient(): Promise<void> {
  const kept = globalThis as { skillgapDb?: { $disconnect(): Promise<void> } };
  await kept.skillgapDb?.$disconnect();
  delete kept.skillgapDb;
}
