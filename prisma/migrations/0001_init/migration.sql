-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "passwordHash" TEXT,
    "emailVerified" DATETIME,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "targetRoleSlug" TEXT,
    "goalDate" DATETIME,
    "goalReadiness" REAL NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "User_targetRoleSlug_fkey" FOREIGN KEY ("targetRoleSlug") REFERENCES "Role" ("slug") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RevokedSession" (
    "sessionId" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    CONSTRAINT "RevokedSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FrameworkVersion" (
    "version" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Role" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "focus" TEXT NOT NULL,
    "employers" TEXT NOT NULL,
    "mathLevel" TEXT NOT NULL,
    "programmingLevel" TEXT NOT NULL,
    "deploymentLevel" TEXT NOT NULL,
    "responsibilities" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Skill" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "position" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "RoleSkill" (
    "roleSlug" TEXT NOT NULL,
    "skillSlug" TEXT NOT NULL,
    "target" INTEGER NOT NULL,
    "weight" INTEGER NOT NULL,

    PRIMARY KEY ("roleSlug", "skillSlug"),
    CONSTRAINT "RoleSkill_roleSlug_fkey" FOREIGN KEY ("roleSlug") REFERENCES "Role" ("slug") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RoleSkill_skillSlug_fkey" FOREIGN KEY ("skillSlug") REFERENCES "Skill" ("slug") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "frameworkVersion" TEXT NOT NULL,
    "note" TEXT,
    CONSTRAINT "Assessment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Assessment_frameworkVersion_fkey" FOREIGN KEY ("frameworkVersion") REFERENCES "FrameworkVersion" ("version") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Rating" (
    "assessmentId" TEXT NOT NULL,
    "skillSlug" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "note" TEXT,

    PRIMARY KEY ("assessmentId", "skillSlug"),
    CONSTRAINT "Rating_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Rating_skillSlug_fkey" FOREIGN KEY ("skillSlug") REFERENCES "Skill" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RoleReadiness" (
    "assessmentId" TEXT NOT NULL,
    "roleSlug" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "readiness" REAL NOT NULL,
    "weightedShortfall" REAL NOT NULL,
    "skillsMet" INTEGER NOT NULL,

    PRIMARY KEY ("assessmentId", "roleSlug"),
    CONSTRAINT "RoleReadiness_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RoleReadiness_roleSlug_fkey" FOREIGN KEY ("roleSlug") REFERENCES "Role" ("slug") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IdempotencyKey" (
    "userId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "key"),
    CONSTRAINT "IdempotencyKey_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "IdempotencyKey_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RateLimiterFlexible" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "points" INTEGER NOT NULL,
    "expire" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "RevokedSession_expiresAt_idx" ON "RevokedSession"("expiresAt");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE INDEX "Assessment_userId_createdAt_id_idx" ON "Assessment"("userId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "RoleReadiness_userId_roleSlug_createdAt_idx" ON "RoleReadiness"("userId", "roleSlug", "createdAt");

