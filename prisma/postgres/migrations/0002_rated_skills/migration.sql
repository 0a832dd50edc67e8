-- AlterTable
ALTER TABLE "Rating" ADD COLUMN     "byChoice" BOOLEAN NOT NULL DEFAULT true;

