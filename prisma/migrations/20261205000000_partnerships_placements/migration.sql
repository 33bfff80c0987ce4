-- Issue 11: verified enterprises, partnership agreements with history and documents, order-class
-- enrolment, and 岗位实习 placements under 教职成〔2021〕4号 with pay records, weekly reports and
-- attendance confirmed by the mentor.

-- CreateEnum
CREATE TYPE "EnterpriseStanding" AS ENUM ('UNVERIFIED', 'VERIFIED', 'SUSPENDED');
CREATE TYPE "AgreementSide" AS ENUM ('SCHOOL', 'ENTERPRISE');
CREATE TYPE "OrderClassMemberStatus" AS ENUM ('REQUESTED', 'ENROLLED', 'DECLINED', 'WITHDRAWN');
CREATE TYPE "InsurancePayer" AS ENUM ('SCHOOL', 'HOST', 'STUDENT');
CREATE TYPE "PlacementRequestKind" AS ENUM ('END', 'TRANSFER');
CREATE TYPE "RequestDecision" AS ENUM ('PENDING', 'APPROVED', 'DECLINED');

-- AgreementStatus: DRAFT becomes PROPOSED, DECLINED is new, and EXPIRED goes: expiry follows from
-- endsOn and is never stored, so an agreement stored as EXPIRED reads as ACTIVE past its end date.
ALTER TYPE "AgreementStatus" RENAME TO "AgreementStatus_old";
CREATE TYPE "AgreementStatus" AS ENUM ('PROPOSED', 'ACTIVE', 'DECLINED', 'TERMINATED');
ALTER TABLE "PartnershipAgreement" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "PartnershipAgreement" ALTER COLUMN "status" TYPE "AgreementStatus"
  USING (CASE "status"::text WHEN 'DRAFT' THEN 'PROPOSED' WHEN 'EXPIRED' THEN 'ACTIVE' ELSE "status"::text END)::"AgreementStatus";
ALTER TABLE "PartnershipAgreement" ALTER COLUMN "status" SET DEFAULT 'PROPOSED';
DROP TYPE "AgreementStatus_old";

-- AlterTable
ALTER TABLE "Enterprise" ADD COLUMN     "standing" "EnterpriseStanding" NOT NULL DEFAULT 'UNVERIFIED',
ADD COLUMN     "standingReason" TEXT,
ADD COLUMN     "standingAt" TIMESTAMP(3),
ADD COLUMN     "staffCount" INTEGER,
ADD COLUMN     "businessCategory" TEXT;

-- Enterprises recorded before verification existed were vetted by hand when they were entered:
-- they stay visible. New ones start UNVERIFIED (the column's default).
UPDATE "Enterprise" SET "standing" = 'VERIFIED', "standingAt" = CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "PartnershipAgreement" ADD COLUMN     "proposedBy" "AgreementSide" NOT NULL DEFAULT 'SCHOOL',
ADD COLUMN     "documentId" INTEGER;

-- AlterTable
ALTER TABLE "OrderClass" ADD COLUMN     "curriculumHours" INTEGER,
ADD COLUMN     "hiringCommitment" TEXT,
ADD COLUMN     "mentors" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "OrderClassMember" ADD COLUMN     "status" "OrderClassMemberStatus" NOT NULL DEFAULT 'ENROLLED',
ADD COLUMN     "apprenticeContract" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "decidedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "InternshipPlacement" ADD COLUMN     "applicationId" INTEGER,
ADD COLUMN     "enterprisePostId" INTEGER,
ADD COLUMN     "mentorName" TEXT,
ADD COLUMN     "mentorPhone" TEXT,
ADD COLUMN     "post" TEXT,
ADD COLUMN     "postCategory" TEXT,
ADD COLUMN     "extensionReason" TEXT,
ADD COLUMN     "dailyHours" DECIMAL(4,1),
ADD COLUMN     "weeklyHours" DECIMAL(4,1),
ADD COLUMN     "nightShifts" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "overtime" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "holidayWork" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "regularWage" INTEGER,
ADD COLUMN     "payInMoney" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "payMonthly" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "feesCharged" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "viaIntermediary" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "hazardousForMinors" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "hazardousForWomen" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "tripartiteDocumentId" INTEGER,
ADD COLUMN     "consentDocumentId" INTEGER,
ADD COLUMN     "insuranceFrom" DATE,
ADD COLUMN     "insuranceTo" DATE,
ADD COLUMN     "insurancePayer" "InsurancePayer",
ADD COLUMN     "insuranceDocumentId" INTEGER,
ADD COLUMN     "activatedAt" TIMESTAMP(3),
ADD COLUMN     "endedAt" TIMESTAMP(3),
ADD COLUMN     "endReason" TEXT,
ADD COLUMN     "mentorEvaluation" TEXT,
ADD COLUMN     "schoolGrade" TEXT,
ADD COLUMN     "retained" BOOLEAN,
ADD COLUMN     "retainedPositionId" INTEGER;

-- DropIndex
DROP INDEX "InternshipPlacement_schoolId_idx";
DROP INDEX "InternshipPlacement_enterpriseId_idx";

-- CreateTable
CREATE TABLE "EnterpriseStandingEvent" (
    "id" SERIAL NOT NULL,
    "enterpriseId" INTEGER NOT NULL,
    "standing" "EnterpriseStanding" NOT NULL,
    "reason" TEXT,
    "actorId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EnterpriseStandingEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchoolEnterpriseBlock" (
    "schoolId" INTEGER NOT NULL,
    "enterpriseId" INTEGER NOT NULL,
    "reason" TEXT,
    "actorId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SchoolEnterpriseBlock_pkey" PRIMARY KEY ("schoolId","enterpriseId")
);

-- CreateTable
CREATE TABLE "EnterprisePost" (
    "id" SERIAL NOT NULL,
    "enterpriseId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "staffCount" INTEGER NOT NULL,
    "regularWage" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EnterprisePost_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementProgram" (
    "agreementId" INTEGER NOT NULL,
    "programId" INTEGER NOT NULL,

    CONSTRAINT "AgreementProgram_pkey" PRIMARY KEY ("agreementId","programId")
);

-- CreateTable
CREATE TABLE "AgreementEvent" (
    "id" SERIAL NOT NULL,
    "agreementId" INTEGER NOT NULL,
    "fromStatus" "AgreementStatus",
    "toStatus" "AgreementStatus" NOT NULL,
    "reason" TEXT,
    "actorId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" SERIAL NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "uploadedById" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlacementEvent" (
    "id" SERIAL NOT NULL,
    "placementId" INTEGER NOT NULL,
    "fromStatus" "PlacementStatus",
    "toStatus" "PlacementStatus" NOT NULL,
    "reason" TEXT,
    "actorId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlacementEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlacementRequest" (
    "id" SERIAL NOT NULL,
    "placementId" INTEGER NOT NULL,
    "kind" "PlacementRequestKind" NOT NULL,
    "reason" TEXT NOT NULL,
    "decision" "RequestDecision" NOT NULL DEFAULT 'PENDING',
    "decisionNote" TEXT,
    "decidedById" INTEGER,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlacementRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlacementPayRecord" (
    "id" SERIAL NOT NULL,
    "placementId" INTEGER NOT NULL,
    "month" DATE NOT NULL,
    "amount" INTEGER NOT NULL,
    "paidOn" DATE NOT NULL,
    "confirmedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlacementPayRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlacementWeeklyReport" (
    "id" SERIAL NOT NULL,
    "placementId" INTEGER NOT NULL,
    "weekStart" DATE NOT NULL,
    "body" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewedAt" TIMESTAMP(3),
    "reviewerId" INTEGER,
    "reviewNote" TEXT,

    CONSTRAINT "PlacementWeeklyReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlacementAttendance" (
    "id" SERIAL NOT NULL,
    "placementId" INTEGER NOT NULL,
    "weekStart" DATE NOT NULL,
    "daysPresent" INTEGER NOT NULL,
    "confirmedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedById" INTEGER NOT NULL,

    CONSTRAINT "PlacementAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Enterprise_standing_idx" ON "Enterprise"("standing");
CREATE INDEX "EnterpriseStandingEvent_enterpriseId_idx" ON "EnterpriseStandingEvent"("enterpriseId");
CREATE INDEX "SchoolEnterpriseBlock_enterpriseId_idx" ON "SchoolEnterpriseBlock"("enterpriseId");
CREATE UNIQUE INDEX "EnterprisePost_enterpriseId_name_key" ON "EnterprisePost"("enterpriseId", "name");
CREATE INDEX "AgreementProgram_programId_idx" ON "AgreementProgram"("programId");
CREATE INDEX "AgreementEvent_agreementId_idx" ON "AgreementEvent"("agreementId");
CREATE INDEX "Document_organisationId_idx" ON "Document"("organisationId");
CREATE UNIQUE INDEX "InternshipPlacement_applicationId_key" ON "InternshipPlacement"("applicationId");
CREATE INDEX "InternshipPlacement_schoolId_status_idx" ON "InternshipPlacement"("schoolId", "status");
CREATE INDEX "InternshipPlacement_enterpriseId_status_idx" ON "InternshipPlacement"("enterpriseId", "status");
CREATE INDEX "InternshipPlacement_enterprisePostId_idx" ON "InternshipPlacement"("enterprisePostId");
CREATE INDEX "PlacementEvent_placementId_idx" ON "PlacementEvent"("placementId");
CREATE INDEX "PlacementRequest_placementId_idx" ON "PlacementRequest"("placementId");
CREATE UNIQUE INDEX "PlacementPayRecord_placementId_month_key" ON "PlacementPayRecord"("placementId", "month");
CREATE UNIQUE INDEX "PlacementWeeklyReport_placementId_weekStart_key" ON "PlacementWeeklyReport"("placementId", "weekStart");
CREATE UNIQUE INDEX "PlacementAttendance_placementId_weekStart_key" ON "PlacementAttendance"("placementId", "weekStart");

-- AddForeignKey
ALTER TABLE "EnterpriseStandingEvent" ADD CONSTRAINT "EnterpriseStandingEvent_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("organisationId") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "EnterpriseStandingEvent" ADD CONSTRAINT "EnterpriseStandingEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SchoolEnterpriseBlock" ADD CONSTRAINT "SchoolEnterpriseBlock_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("organisationId") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SchoolEnterpriseBlock" ADD CONSTRAINT "SchoolEnterpriseBlock_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("organisationId") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SchoolEnterpriseBlock" ADD CONSTRAINT "SchoolEnterpriseBlock_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "EnterprisePost" ADD CONSTRAINT "EnterprisePost_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("organisationId") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PartnershipAgreement" ADD CONSTRAINT "PartnershipAgreement_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "AgreementProgram" ADD CONSTRAINT "AgreementProgram_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "PartnershipAgreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AgreementProgram" ADD CONSTRAINT "AgreementProgram_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "AgreementEvent" ADD CONSTRAINT "AgreementEvent_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "PartnershipAgreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AgreementEvent" ADD CONSTRAINT "AgreementEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Document" ADD CONSTRAINT "Document_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "InternshipPlacement" ADD CONSTRAINT "InternshipPlacement_retainedPositionId_fkey" FOREIGN KEY ("retainedPositionId") REFERENCES "Position"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "InternshipPlacement" ADD CONSTRAINT "InternshipPlacement_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "InternshipPlacement" ADD CONSTRAINT "InternshipPlacement_enterprisePostId_fkey" FOREIGN KEY ("enterprisePostId") REFERENCES "EnterprisePost"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "InternshipPlacement" ADD CONSTRAINT "InternshipPlacement_tripartiteDocumentId_fkey" FOREIGN KEY ("tripartiteDocumentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "InternshipPlacement" ADD CONSTRAINT "InternshipPlacement_consentDocumentId_fkey" FOREIGN KEY ("consentDocumentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "InternshipPlacement" ADD CONSTRAINT "InternshipPlacement_insuranceDocumentId_fkey" FOREIGN KEY ("insuranceDocumentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "PlacementEvent" ADD CONSTRAINT "PlacementEvent_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "InternshipPlacement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PlacementEvent" ADD CONSTRAINT "PlacementEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "PlacementRequest" ADD CONSTRAINT "PlacementRequest_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "InternshipPlacement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PlacementPayRecord" ADD CONSTRAINT "PlacementPayRecord_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "InternshipPlacement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PlacementWeeklyReport" ADD CONSTRAINT "PlacementWeeklyReport_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "InternshipPlacement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PlacementAttendance" ADD CONSTRAINT "PlacementAttendance_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "InternshipPlacement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Checks Prisma cannot express (see the init migration): sane numbers, ordered dates.
ALTER TABLE "Enterprise" ADD CONSTRAINT "Enterprise_staffCount_check" CHECK ("staffCount" IS NULL OR "staffCount" >= 0);
ALTER TABLE "EnterprisePost" ADD CONSTRAINT "EnterprisePost_staffCount_check" CHECK ("staffCount" >= 0 AND ("regularWage" IS NULL OR "regularWage" >= 0));
ALTER TABLE "PlacementPayRecord" ADD CONSTRAINT "PlacementPayRecord_amount_check" CHECK ("amount" >= 0);
ALTER TABLE "PlacementAttendance" ADD CONSTRAINT "PlacementAttendance_daysPresent_check" CHECK ("daysPresent" BETWEEN 0 AND 7);
ALTER TABLE "InternshipPlacement" ADD CONSTRAINT "InternshipPlacement_insurance_check" CHECK ("insuranceTo" IS NULL OR "insuranceFrom" IS NULL OR "insuranceTo" >= "insuranceFrom");
