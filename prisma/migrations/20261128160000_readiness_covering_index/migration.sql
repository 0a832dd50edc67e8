-- DropIndex
DROP INDEX "RoleReadiness_userId_roleSlug_createdAt_idx";

-- CreateIndex
CREATE INDEX "RoleReadiness_userId_roleSlug_createdAt_assessmentId_readiness_idx" ON "RoleReadiness"("userId", "roleSlug", "createdAt", "assessmentId", "readiness");
