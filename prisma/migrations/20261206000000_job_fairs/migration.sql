-- Job fairs (issue 12, docs/decisions/0014). The init migration's three fair tables were never written
-- by the product (no route, seed or service used them), so they are replaced rather than altered:
-- states draft → open → running → closed, registration windows, eligibility, booth map and requests,
-- passes, the scan log and booth leads.
DROP TABLE "FairRegistration";
DROP TABLE "FairBooth";
DROP TABLE "JobFair";
DROP TYPE "FairStatus";

CREATE TYPE "FairStatus" AS ENUM ('DRAFT', 'OPEN', 'RUNNING', 'CLOSED', 'CANCELLED');
CREATE TYPE "FairBoothStatus" AS ENUM ('REQUESTED', 'APPROVED', 'REFUSED', 'WITHDRAWN');
CREATE TYPE "FairScanOutcome" AS ENUM ('CHECKED_IN', 'ALREADY_CHECKED_IN', 'WRONG_FAIR', 'NOT_REGISTERED', 'EXPIRED', 'FORGED');
CREATE TYPE "FairLeadStatus" AS ENUM ('PENDING', 'CONFIRMED', 'DISMISSED');

CREATE TABLE "JobFair" (
    "id" SERIAL NOT NULL,
    "organiserId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "online" BOOLEAN NOT NULL DEFAULT false,
    "venue" TEXT,
    "district" "District",
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "boothCount" INTEGER NOT NULL,
    "boothsPerRow" INTEGER NOT NULL,
    "enterpriseRegistrationOpensAt" TIMESTAMP(3) NOT NULL,
    "enterpriseRegistrationClosesAt" TIMESTAMP(3) NOT NULL,
    "studentRegistrationOpensAt" TIMESTAMP(3) NOT NULL,
    "studentRegistrationClosesAt" TIMESTAMP(3) NOT NULL,
    "allSchools" BOOLEAN NOT NULL DEFAULT false,
    "cohortYears" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "status" "FairStatus" NOT NULL DEFAULT 'DRAFT',
    "cancelReason" TEXT,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "JobFair_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "FairSchool" (
    "fairId" INTEGER NOT NULL,
    "schoolId" INTEGER NOT NULL,
    CONSTRAINT "FairSchool_pkey" PRIMARY KEY ("fairId", "schoolId")
);

CREATE TABLE "FairProgram" (
    "fairId" INTEGER NOT NULL,
    "programId" INTEGER NOT NULL,
    CONSTRAINT "FairProgram_pkey" PRIMARY KEY ("fairId", "programId")
);

CREATE TABLE "FairBooth" (
    "id" SERIAL NOT NULL,
    "fairId" INTEGER NOT NULL,
    "enterpriseId" INTEGER NOT NULL,
    "status" "FairBoothStatus" NOT NULL DEFAULT 'REQUESTED',
    "representatives" INTEGER NOT NULL,
    "note" TEXT,
    "refusalReason" TEXT,
    "boothNo" INTEGER,
    "arrivedAt" TIMESTAMP(3),
    "requestedById" INTEGER,
    "decidedById" INTEGER,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "FairBooth_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "FairBoothProgram" (
    "boothId" INTEGER NOT NULL,
    "programId" INTEGER NOT NULL,
    CONSTRAINT "FairBoothProgram_pkey" PRIMARY KEY ("boothId", "programId")
);

CREATE TABLE "FairBoothPosition" (
    "boothId" INTEGER NOT NULL,
    "positionId" INTEGER NOT NULL,
    CONSTRAINT "FairBoothPosition_pkey" PRIMARY KEY ("boothId", "positionId")
);

CREATE TABLE "FairRegistration" (
    "id" SERIAL NOT NULL,
    "fairId" INTEGER NOT NULL,
    "studentId" INTEGER NOT NULL,
    "registeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" TIMESTAMP(3),
    "checkedInAt" TIMESTAMP(3),
    "checkedInById" INTEGER,
    CONSTRAINT "FairRegistration_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "FairScan" (
    "id" SERIAL NOT NULL,
    "fairId" INTEGER NOT NULL,
    "scannerId" INTEGER NOT NULL,
    "nonce" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "outcome" "FairScanOutcome" NOT NULL,
    "registrationId" INTEGER,
    "scannedAt" TIMESTAMP(3) NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "offline" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "FairScan_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "FairLead" (
    "id" SERIAL NOT NULL,
    "fairId" INTEGER NOT NULL,
    "boothId" INTEGER NOT NULL,
    "studentId" INTEGER NOT NULL,
    "positionId" INTEGER,
    "note" TEXT,
    "rating" INTEGER,
    "status" "FairLeadStatus" NOT NULL DEFAULT 'PENDING',
    "applicationId" INTEGER,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    CONSTRAINT "FairLead_pkey" PRIMARY KEY ("id")
);

ALTER TABLE "Application" ADD COLUMN "fairId" INTEGER;

CREATE INDEX "JobFair_startsAt_idx" ON "JobFair"("startsAt");
CREATE INDEX "JobFair_organiserId_idx" ON "JobFair"("organiserId");
CREATE INDEX "JobFair_status_idx" ON "JobFair"("status");
CREATE INDEX "FairSchool_schoolId_idx" ON "FairSchool"("schoolId");
CREATE INDEX "FairProgram_programId_idx" ON "FairProgram"("programId");
CREATE UNIQUE INDEX "FairBooth_fairId_enterpriseId_key" ON "FairBooth"("fairId", "enterpriseId");
CREATE UNIQUE INDEX "FairBooth_fairId_boothNo_key" ON "FairBooth"("fairId", "boothNo");
CREATE INDEX "FairBooth_enterpriseId_idx" ON "FairBooth"("enterpriseId");
CREATE INDEX "FairBooth_fairId_status_idx" ON "FairBooth"("fairId", "status");
CREATE INDEX "FairBoothProgram_programId_idx" ON "FairBoothProgram"("programId");
CREATE INDEX "FairBoothPosition_positionId_idx" ON "FairBoothPosition"("positionId");
CREATE UNIQUE INDEX "FairRegistration_fairId_studentId_key" ON "FairRegistration"("fairId", "studentId");
CREATE INDEX "FairRegistration_studentId_idx" ON "FairRegistration"("studentId");
CREATE INDEX "FairRegistration_fairId_checkedInAt_idx" ON "FairRegistration"("fairId", "checkedInAt");
CREATE UNIQUE INDEX "FairScan_scannerId_nonce_key" ON "FairScan"("scannerId", "nonce");
CREATE INDEX "FairScan_fairId_outcome_idx" ON "FairScan"("fairId", "outcome");
CREATE INDEX "FairScan_registrationId_idx" ON "FairScan"("registrationId");
CREATE UNIQUE INDEX "FairLead_applicationId_key" ON "FairLead"("applicationId");
CREATE UNIQUE INDEX "FairLead_boothId_studentId_key" ON "FairLead"("boothId", "studentId");
CREATE INDEX "FairLead_studentId_idx" ON "FairLead"("studentId");
CREATE INDEX "FairLead_fairId_idx" ON "FairLead"("fairId");
CREATE INDEX "Application_fairId_idx" ON "Application"("fairId");

ALTER TABLE "JobFair" ADD CONSTRAINT "JobFair_organiserId_fkey" FOREIGN KEY ("organiserId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "JobFair" ADD CONSTRAINT "JobFair_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "FairSchool" ADD CONSTRAINT "FairSchool_fairId_fkey" FOREIGN KEY ("fairId") REFERENCES "JobFair"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "FairSchool" ADD CONSTRAINT "FairSchool_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("organisationId") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "FairProgram" ADD CONSTRAINT "FairProgram_fairId_fkey" FOREIGN KEY ("fairId") REFERENCES "JobFair"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "FairProgram" ADD CONSTRAINT "FairProgram_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "FairBooth" ADD CONSTRAINT "FairBooth_fairId_fkey" FOREIGN KEY ("fairId") REFERENCES "JobFair"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "FairBooth" ADD CONSTRAINT "FairBooth_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("organisationId") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "FairBooth" ADD CONSTRAINT "FairBooth_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "FairBooth" ADD CONSTRAINT "FairBooth_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "FairBoothProgram" ADD CONSTRAINT "FairBoothProgram_boothId_fkey" FOREIGN KEY ("boothId") REFERENCES "FairBooth"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "FairBoothProgram" ADD CONSTRAINT "FairBoothProgram_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "FairBoothPosition" ADD CONSTRAINT "FairBoothPosition_boothId_fkey" FOREIGN KEY ("boothId") REFERENCES "FairBooth"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "FairBoothPosition" ADD CONSTRAINT "FairBoothPosition_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "FairRegistration" ADD CONSTRAINT "FairRegistration_fairId_fkey" FOREIGN KEY ("fairId") REFERENCES "JobFair"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "FairRegistration" ADD CONSTRAINT "FairRegistration_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "Student"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "FairRegistration" ADD CONSTRAINT "FairRegistration_checkedInById_fkey" FOREIGN KEY ("checkedInById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "FairScan" ADD CONSTRAINT "FairScan_fairId_fkey" FOREIGN KEY ("fairId") REFERENCES "JobFair"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "FairScan" ADD CONSTRAINT "FairScan_scannerId_fkey" FOREIGN KEY ("scannerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "FairScan" ADD CONSTRAINT "FairScan_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "FairRegistration"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "FairLead" ADD CONSTRAINT "FairLead_fairId_fkey" FOREIGN KEY ("fairId") REFERENCES "JobFair"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "FairLead" ADD CONSTRAINT "FairLead_boothId_fkey" FOREIGN KEY ("boothId") REFERENCES "FairBooth"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "FairLead" ADD CONSTRAINT "FairLead_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "Student"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "FairLead" ADD CONSTRAINT "FairLead_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "FairLead" ADD CONSTRAINT "FairLead_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "FairLead" ADD CONSTRAINT "FairLead_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Application" ADD CONSTRAINT "Application_fairId_fkey" FOREIGN KEY ("fairId") REFERENCES "JobFair"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Rules the database keeps even if a service forgets (tests/db/constraints.test.ts).
ALTER TABLE "JobFair" ADD CONSTRAINT "JobFair_endsAt_check" CHECK ("endsAt" > "startsAt");
ALTER TABLE "JobFair" ADD CONSTRAINT "JobFair_booths_check" CHECK ("boothCount" >= 0 AND "boothsPerRow" >= 1);
ALTER TABLE "JobFair" ADD CONSTRAINT "JobFair_venue_check" CHECK ("online" OR "venue" IS NOT NULL);
ALTER TABLE "FairBooth" ADD CONSTRAINT "FairBooth_representatives_check" CHECK ("representatives" >= 1);
ALTER TABLE "FairBooth" ADD CONSTRAINT "FairBooth_boothNo_check" CHECK ("boothNo" IS NULL OR ("boothNo" >= 1 AND "status" = 'APPROVED'));
ALTER TABLE "FairLead" ADD CONSTRAINT "FairLead_rating_check" CHECK ("rating" IS NULL OR "rating" BETWEEN 1 AND 5);
