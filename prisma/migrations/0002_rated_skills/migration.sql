-- Which ratings the user chose: false for a skill left unrated and saved as 0 (None) at the user's request.
-- A column added in place (not Prisma's table redefinition), so migrations made in parallel compose.
ALTER TABLE "Rating" ADD COLUMN "byChoice" BOOLEAN NOT NULL DEFAULT true;
