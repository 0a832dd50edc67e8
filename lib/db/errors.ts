/**
 * Prisma's error codes, compared by value: the SQLite and the PostgreSQL
 * clients each carry their own runtime, so `instanceof` against one client's
 * error class misses the other's errors.
 */
function prismaErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === "PrismaClientKnownRequestError" && typeof code === "string" ? code : undefined;
}

/** A unique constraint refused the write (P2002, or a raw statement's P2010 of that kind), on either engine. */
export function isUniqueViolation(error: unknown): boolean {
  const code = prismaErrorCode(error);
  if (code === "P2002") return true;
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } }).meta;
  return code === "P2010" && meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation";
}

/** The row an update or delete required matched nothing (P2025), on either engine. */
export function isRecordNotFound(error: unknown): boolean {
  return prismaErrorCode(error) === "P2025";
}

/** A foreign key refused the write: the row it points at is gone (P2003, or a raw statement's P2010 of that kind), on either engine. */
export function isForeignKeyViolation(error: unknown): boolean {
  const code = prismaErrorCode(error);
  if (code === "P2003") return true;
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } }).meta;
  return code === "P2010" && meta?.driverAdapterError?.cause?.kind === "ForeignKeyConstraintViolation";
}
