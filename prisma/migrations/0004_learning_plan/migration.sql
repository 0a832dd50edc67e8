-- CreateTable
CREATE TABLE "PlanItem" (
    "userId" TEXT NOT NULL,
    "skillSlug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "targetLevel" INTEGER NOT NULL,
    "dueDate" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "metAssessmentId" TEXT,
    "celebratedAt" DATETIME,

    PRIMARY KEY ("userId", "skillSlug"),
    CONSTRAINT "PlanItem_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PlanItem_skillSlug_fkey" FOREIGN KEY ("skillSlug") REFERENCES "Skill" ("slug") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PlanItem_metAssessmentId_fkey" FOREIGN KEY ("metAssessmentId") REFERENCES "Assessment" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Reminder" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "intervalWeeks" INTEGER NOT NULL DEFAULT 0,
    "feedTokenHash" TEXT,
    "feedCreatedAt" DATETIME,
    CONSTRAINT "Reminder_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Reminder_feedTokenHash_key" ON "Reminder"("feedTokenHash");

