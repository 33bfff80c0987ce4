-- Dual-teacher certification, teachers' enterprise practice, the consortium's members and activities, and
-- the dates the retention tracker counts by (issue 13, docs/decisions/0015). The init migration's
-- TeacherPlacement was never written by the product (no route, seed or service), so it is replaced.
DROP TABLE "TeacherPlacement";

CREATE TYPE "PracticeForm" AS ENUM ('OBSERVATION', 'TRAINING', 'CONCURRENT_POST', 'JOINT_RND');
CREATE TYPE "TeacherPracticeStatus" AS ENUM ('PROPOSED', 'ACCEPTED', 'DECLINED', 'COMPLETED', 'CANCELLED');
CREATE TYPE "CertificationStatus" AS ENUM ('SUBMITTED', 'CERTIFIED', 'REFUSED', 'WITHDRAWN');
CREATE TYPE "ConsortiumMemberStatus" AS ENUM ('REQUESTED', 'APPROVED', 'DECLINED', 'LEFT');
CREATE TYPE "ConsortiumActivityKind" AS ENUM ('MEETING', 'JOINT_PROJECT', 'TRAINING');

ALTER TABLE "Teacher" ADD COLUMN "specialist" BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN "hiredOn" DATE,
    ADD COLUMN "enterpriseExperience" BOOLEAN NOT NULL DEFAULT false;

ALTER TABLE "TrainingBase" ADD COLUMN "periodMonths" INTEGER NOT NULL DEFAULT 6,
    ADD COLUMN "active" BOOLEAN NOT NULL DEFAULT true;

ALTER TABLE "Consortium" ADD COLUMN "goalPeople" INTEGER,
    ADD COLUMN "goalYears" INTEGER;

-- Members recorded before requests existed were admitted at the launch: they stay members (APPROVED).
ALTER TABLE "ConsortiumMember" ADD COLUMN "status" "ConsortiumMemberStatus" NOT NULL DEFAULT 'APPROVED',
    ADD COLUMN "declineReason" TEXT,
    ADD COLUMN "requestedById" INTEGER,
    ADD COLUMN "decidedById" INTEGER,
    ADD COLUMN "decidedAt" TIMESTAMP(3);

ALTER TABLE "InternshipPlacement" ADD COLUMN "retainedOn" DATE;
ALTER TABLE "GraduateDestination" ADD COLUMN "employedOn" DATE;

CREATE TABLE "TrainingBaseProgram" (
    "trainingBaseId" INTEGER NOT NULL,
    "programId" INTEGER NOT NULL,
    CONSTRAINT "TrainingBaseProgram_pkey" PRIMARY KEY ("trainingBaseId", "programId")
);

CREATE TABLE "TeacherPlacement" (
    "id" SERIAL NOT NULL,
    "teacherId" INTEGER NOT NULL,
    "schoolId" INTEGER NOT NULL,
    "hostEnterpriseId" INTEGER NOT NULL,
    "trainingBaseId" INTEGER,
    "form" "PracticeForm" NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "status" "TeacherPracticeStatus" NOT NULL DEFAULT 'PROPOSED',
    "declineReason" TEXT,
    "hostAssessment" TEXT,
    "hostGrade" TEXT,
    "proposedById" INTEGER,
    "decidedById" INTEGER,
    "decidedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TeacherPlacement_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "TeacherPracticeDay" (
    "id" SERIAL NOT NULL,
    "placementId" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "note" TEXT,
    "loggedById" INTEGER,
    "confirmedById" INTEGER,
    "confirmedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TeacherPracticeDay_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "DualTeacherCertification" (
    "id" SERIAL NOT NULL,
    "teacherId" INTEGER NOT NULL,
    "schoolId" INTEGER NOT NULL,
    "level" "DualTeacherLevel" NOT NULL,
    "status" "CertificationStatus" NOT NULL DEFAULT 'SUBMITTED',
    "practiceDays" INTEGER NOT NULL,
    "certificates" TEXT,
    "enterprisePost" TEXT,
    "evidenceDocumentId" INTEGER,
    "note" TEXT,
    "refusalReason" TEXT,
    "validFrom" DATE,
    "validUntil" DATE,
    "renewsId" INTEGER,
    "submittedById" INTEGER,
    "decidedById" INTEGER,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    CONSTRAINT "DualTeacherCertification_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "CertificationEvent" (
    "id" SERIAL NOT NULL,
    "certificationId" INTEGER NOT NULL,
    "fromStatus" "CertificationStatus",
    "toStatus" "CertificationStatus" NOT NULL,
    "note" TEXT,
    "actorId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CertificationEvent_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ConsortiumActivity" (
    "id" SERIAL NOT NULL,
    "consortiumId" INTEGER NOT NULL,
    "kind" "ConsortiumActivityKind" NOT NULL,
    "title" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "description" TEXT,
    "peopleCount" INTEGER,
    "recordedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ConsortiumActivity_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ConsortiumActivityParticipant" (
    "activityId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    CONSTRAINT "ConsortiumActivityParticipant_pkey" PRIMARY KEY ("activityId", "memberId")
);

CREATE INDEX "TrainingBaseProgram_programId_idx" ON "TrainingBaseProgram"("programId");
CREATE INDEX "TeacherPlacement_teacherId_idx" ON "TeacherPlacement"("teacherId");
CREATE INDEX "TeacherPlacement_trainingBaseId_idx" ON "TeacherPlacement"("trainingBaseId");
CREATE INDEX "TeacherPlacement_hostEnterpriseId_idx" ON "TeacherPlacement"("hostEnterpriseId");
CREATE INDEX "TeacherPlacement_schoolId_idx" ON "TeacherPlacement"("schoolId");
CREATE UNIQUE INDEX "TeacherPracticeDay_placementId_day_key" ON "TeacherPracticeDay"("placementId", "day");
CREATE INDEX "DualTeacherCertification_teacherId_idx" ON "DualTeacherCertification"("teacherId");
CREATE INDEX "DualTeacherCertification_schoolId_status_idx" ON "DualTeacherCertification"("schoolId", "status");
CREATE INDEX "DualTeacherCertification_status_validUntil_idx" ON "DualTeacherCertification"("status", "validUntil");
CREATE INDEX "CertificationEvent_certificationId_idx" ON "CertificationEvent"("certificationId");
CREATE INDEX "ConsortiumActivity_consortiumId_heldOn_idx" ON "ConsortiumActivity"("consortiumId", "heldOn");
CREATE INDEX "ConsortiumActivityParticipant_memberId_idx" ON "ConsortiumActivityParticipant"("memberId");

ALTER TABLE "TrainingBaseProgram" ADD CONSTRAINT "TrainingBaseProgram_trainingBaseId_fkey" FOREIGN KEY ("trainingBaseId") REFERENCES "TrainingBase"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "TrainingBaseProgram" ADD CONSTRAINT "TrainingBaseProgram_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "TeacherPlacement" ADD CONSTRAINT "TeacherPlacement_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "Teacher"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "TeacherPlacement" ADD CONSTRAINT "TeacherPlacement_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("organisationId") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "TeacherPlacement" ADD CONSTRAINT "TeacherPlacement_hostEnterpriseId_fkey" FOREIGN KEY ("hostEnterpriseId") REFERENCES "Enterprise"("organisationId") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "TeacherPlacement" ADD CONSTRAINT "TeacherPlacement_trainingBaseId_fkey" FOREIGN KEY ("trainingBaseId") REFERENCES "TrainingBase"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "TeacherPlacement" ADD CONSTRAINT "TeacherPlacement_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "TeacherPlacement" ADD CONSTRAINT "TeacherPlacement_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "TeacherPracticeDay" ADD CONSTRAINT "TeacherPracticeDay_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "TeacherPlacement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "TeacherPracticeDay" ADD CONSTRAINT "TeacherPracticeDay_loggedById_fkey" FOREIGN KEY ("loggedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "TeacherPracticeDay" ADD CONSTRAINT "TeacherPracticeDay_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "DualTeacherCertification" ADD CONSTRAINT "DualTeacherCertification_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "Teacher"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "DualTeacherCertification" ADD CONSTRAINT "DualTeacherCertification_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("organisationId") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "DualTeacherCertification" ADD CONSTRAINT "DualTeacherCertification_evidenceDocumentId_fkey" FOREIGN KEY ("evidenceDocumentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "DualTeacherCertification" ADD CONSTRAINT "DualTeacherCertification_renewsId_fkey" FOREIGN KEY ("renewsId") REFERENCES "DualTeacherCertification"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "DualTeacherCertification" ADD CONSTRAINT "DualTeacherCertification_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "DualTeacherCertification" ADD CONSTRAINT "DualTeacherCertification_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "CertificationEvent" ADD CONSTRAINT "CertificationEvent_certificationId_fkey" FOREIGN KEY ("certificationId") REFERENCES "DualTeacherCertification"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CertificationEvent" ADD CONSTRAINT "CertificationEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ConsortiumMember" ADD CONSTRAINT "ConsortiumMember_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ConsortiumMember" ADD CONSTRAINT "ConsortiumMember_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ConsortiumActivity" ADD CONSTRAINT "ConsortiumActivity_consortiumId_fkey" FOREIGN KEY ("consortiumId") REFERENCES "Consortium"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ConsortiumActivity" ADD CONSTRAINT "ConsortiumActivity_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ConsortiumActivityParticipant" ADD CONSTRAINT "ConsortiumActivityParticipant_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "ConsortiumActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ConsortiumActivityParticipant" ADD CONSTRAINT "ConsortiumActivityParticipant_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "ConsortiumMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rules the database keeps even if a service forgets (tests/db/constraints.test.ts).
ALTER TABLE "TeacherPlacement" ADD CONSTRAINT "TeacherPlacement_endsOn_check" CHECK ("endsOn" >= "startsOn");
ALTER TABLE "TrainingBase" ADD CONSTRAINT "TrainingBase_periodMonths_check" CHECK ("periodMonths" >= 1);
ALTER TABLE "DualTeacherCertification" ADD CONSTRAINT "DualTeacherCertification_level_check" CHECK ("level" <> 'NONE');
ALTER TABLE "DualTeacherCertification" ADD CONSTRAINT "DualTeacherCertification_validity_check" CHECK ("validUntil" IS NULL OR ("validFrom" IS NOT NULL AND "validUntil" >= "validFrom"));
ALTER TABLE "DualTeacherCertification" ADD CONSTRAINT "DualTeacherCertification_practiceDays_check" CHECK ("practiceDays" >= 0);
ALTER TABLE "ConsortiumActivity" ADD CONSTRAINT "ConsortiumActivity_peopleCount_check" CHECK ("peopleCount" IS NULL OR "peopleCount" >= 0);
