-- The roster and destination import (issue 14 item 1, docs/decisions/0016 "Import"): one row per upload,
-- from validation through preview and confirmation to the write.

CREATE TYPE "ImportKind" AS ENUM ('STUDENTS', 'DESTINATIONS');
CREATE TYPE "ImportStatus" AS ENUM ('INVALID', 'PREVIEW', 'WRITING', 'DONE', 'FAILED');

CREATE TABLE "ImportJob" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER,
    "schoolId" INTEGER,
    "kind" "ImportKind" NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "fileBytes" BYTEA,
    "status" "ImportStatus" NOT NULL,
    "totalRows" INTEGER NOT NULL,
    "processedRows" INTEGER NOT NULL DEFAULT 0,
    "counts" JSONB NOT NULL,
    "errors" JSONB NOT NULL,
    "rows" JSONB,
    "failure" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "ImportJob_schoolId_createdAt_idx" ON "ImportJob"("schoolId", "createdAt");
CREATE INDEX "ImportJob_userId_createdAt_idx" ON "ImportJob"("userId", "createdAt");

ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("organisationId") ON DELETE CASCADE ON UPDATE CASCADE;
