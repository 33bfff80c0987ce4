-- The annual quality report's records (issue 14, docs/decisions/0016): the 13 destination values of the
-- import template, where the employer is as province and city (the old three-way employerLocation is
-- derived from them now), 三年内晋升, the student's confirmation, the audit of every change, and the
-- school's decisions on destination proposals.

-- Two old values become the template's: 升学 (any vocational college) → 高职单招, 升入本科 → 对口升学本科.
ALTER TYPE "DestinationKind" RENAME VALUE 'STUDY_HIGHER_VOCATIONAL' TO 'STUDY_SINGLE_ENROLMENT';
ALTER TYPE "DestinationKind" RENAME VALUE 'STUDY_BACHELOR' TO 'STUDY_VOCATIONAL_BACHELOR';
ALTER TYPE "DestinationKind" ADD VALUE 'STUDY_VOCATIONAL_COLLEGE' AFTER 'STUDY_SINGLE_ENROLMENT';
ALTER TYPE "DestinationKind" ADD VALUE 'STUDY_GAOKAO_BACHELOR' AFTER 'STUDY_VOCATIONAL_BACHELOR';
ALTER TYPE "DestinationKind" ADD VALUE 'STUDY_GAOKAO_COLLEGE' AFTER 'STUDY_GAOKAO_BACHELOR';
ALTER TYPE "DestinationKind" ADD VALUE 'STUDY_THROUGH_TRAINING' AFTER 'STUDY_ABROAD';
ALTER TYPE "DestinationKind" ADD VALUE 'STUDY_FIVE_YEAR' AFTER 'STUDY_THROUGH_TRAINING';

CREATE TYPE "DestinationConfirmation" AS ENUM ('UNCONFIRMED', 'CONFIRMED', 'DISPUTED');
CREATE TYPE "DestinationChangeVia" AS ENUM ('SCHOOL', 'IMPORT', 'PROPOSAL', 'STUDENT', 'SEED');
CREATE TYPE "DestinationProposalSource" AS ENUM ('KEPT_ON', 'ORDER_CLASS_HIRE');

ALTER TABLE "GraduateDestination" ADD COLUMN "employerProvince" TEXT,
    ADD COLUMN "employerCity" TEXT,
    ADD COLUMN "promoted" BOOLEAN,
    ADD COLUMN "confirmation" "DestinationConfirmation" NOT NULL DEFAULT 'UNCONFIRMED',
    ADD COLUMN "confirmedAt" TIMESTAMP(3),
    ADD COLUMN "disputeNote" TEXT,
    ADD COLUMN "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- Existing rows were last written when recorded; Prisma sets updatedAt on every write from now on.
UPDATE "GraduateDestination" SET "updatedAt" = "recordedAt";
ALTER TABLE "GraduateDestination" ALTER COLUMN "updatedAt" DROP DEFAULT;

-- LOCAL meant Hohhot (the retention tracker's reading); the other two named no place.
UPDATE "GraduateDestination" SET "employerProvince" = '内蒙古自治区', "employerCity" = '呼和浩特市' WHERE "employerLocation" = 'LOCAL';
ALTER TABLE "GraduateDestination" DROP COLUMN "employerLocation";
DROP TYPE "EmployerLocation";

CREATE INDEX "GraduateDestination_confirmation_idx" ON "GraduateDestination"("confirmation");

CREATE TABLE "DestinationChange" (
    "id" SERIAL NOT NULL,
    "destinationId" INTEGER NOT NULL,
    "studentId" INTEGER NOT NULL,
    "actorUserId" INTEGER,
    "via" "DestinationChangeVia" NOT NULL,
    "before" JSONB,
    "after" JSONB NOT NULL,
    "note" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DestinationChange_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "DestinationChange_destinationId_at_idx" ON "DestinationChange"("destinationId", "at");
CREATE INDEX "DestinationChange_studentId_idx" ON "DestinationChange"("studentId");
ALTER TABLE "DestinationChange" ADD CONSTRAINT "DestinationChange_destinationId_fkey" FOREIGN KEY ("destinationId") REFERENCES "GraduateDestination"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "DestinationChange" ADD CONSTRAINT "DestinationChange_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "DestinationProposalDecision" (
    "id" SERIAL NOT NULL,
    "studentId" INTEGER NOT NULL,
    "source" "DestinationProposalSource" NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "accepted" BOOLEAN NOT NULL,
    "decidedById" INTEGER,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DestinationProposalDecision_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "DestinationProposalDecision_source_sourceId_key" ON "DestinationProposalDecision"("source", "sourceId");
CREATE INDEX "DestinationProposalDecision_studentId_idx" ON "DestinationProposalDecision"("studentId");
ALTER TABLE "DestinationProposalDecision" ADD CONSTRAINT "DestinationProposalDecision_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "Student"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "DestinationProposalDecision" ADD CONSTRAINT "DestinationProposalDecision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
