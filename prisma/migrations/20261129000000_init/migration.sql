-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('SECONDARY_SCHOOL', 'HIGHER_VOCATIONAL', 'UNIVERSITY', 'ENTERPRISE', 'GOVERNMENT', 'MEDIA', 'INDUSTRY_ASSOCIATION', 'BUREAU');

-- CreateEnum
CREATE TYPE "District" AS ENUM ('XINCHENG', 'SAIHAN', 'YUQUAN', 'HUIMIN', 'TUMED_LEFT', 'TOGTOH', 'HORINGER', 'WUCHUAN', 'QINGSHUIHE', 'ECONOMIC_ZONE');

-- CreateEnum
CREATE TYPE "Ownership" AS ENUM ('PUBLIC', 'PRIVATE');

-- CreateEnum
CREATE TYPE "SupervisingLevel" AS ENUM ('CITY', 'DISTRICT', 'COUNTY', 'DEVELOPMENT_ZONE');

-- CreateEnum
CREATE TYPE "EnterpriseSize" AS ENUM ('LARGE', 'MEDIUM', 'SMALL', 'MICRO');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('BUREAU_ADMIN', 'SCHOOL_STAFF', 'ENTERPRISE_STAFF', 'TEACHER', 'STUDENT');

-- CreateEnum
CREATE TYPE "StudentStatus" AS ENUM ('ENROLLED', 'GRADUATED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "DualTeacherLevel" AS ENUM ('NONE', 'JUNIOR', 'INTERMEDIATE', 'SENIOR');

-- CreateEnum
CREATE TYPE "PositionKind" AS ENUM ('JOB', 'INTERNSHIP', 'APPRENTICESHIP');

-- CreateEnum
CREATE TYPE "PositionStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CLOSED');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('SUBMITTED', 'VIEWED', 'INTERVIEW', 'OFFER', 'ACCEPTED', 'DECLINED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "FairStatus" AS ENUM ('PLANNED', 'OPEN', 'FINISHED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AgreementKind" AS ENUM ('COOPERATION', 'ORDER_CLASS', 'APPRENTICESHIP', 'INTERNSHIP_BASE', 'TRAINING_BASE', 'INDUSTRY_COLLEGE');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('DRAFT', 'ACTIVE', 'EXPIRED', 'TERMINATED');

-- CreateEnum
CREATE TYPE "OrderClassKind" AS ENUM ('ORDER_CLASS', 'MODERN_APPRENTICESHIP');

-- CreateEnum
CREATE TYPE "PlacementStatus" AS ENUM ('PLANNED', 'ACTIVE', 'COMPLETED', 'TERMINATED');

-- CreateEnum
CREATE TYPE "DestinationKind" AS ENUM ('STUDY_HIGHER_VOCATIONAL', 'STUDY_BACHELOR', 'STUDY_ABROAD', 'EMPLOYED_CONTRACT', 'EMPLOYED_MILITARY', 'EMPLOYED_SELF', 'EMPLOYED_FLEXIBLE', 'UNPLACED');

-- CreateEnum
CREATE TYPE "EmployerLocation" AS ENUM ('LOCAL', 'WEST_NORTHEAST', 'ELSEWHERE');

-- CreateEnum
CREATE TYPE "IndustrySector" AS ENUM ('PRIMARY', 'SECONDARY', 'TERTIARY');

-- CreateTable
CREATE TABLE "IndustryCluster" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "IndustryCluster_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgramCategory" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "ProgramCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Program" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "clusterId" INTEGER,

    CONSTRAINT "Program_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" SERIAL NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "name" TEXT NOT NULL,
    "district" "District",
    "address" TEXT,
    "description" TEXT,
    "website" TEXT,
    "contactPhone" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "School" (
    "organisationId" INTEGER NOT NULL,
    "ownership" "Ownership" NOT NULL,
    "supervisingLevel" "SupervisingLevel" NOT NULL,
    "isQualitySchool" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "School_pkey" PRIMARY KEY ("organisationId")
);

-- CreateTable
CREATE TABLE "Enterprise" (
    "organisationId" INTEGER NOT NULL,
    "creditCode" TEXT,
    "size" "EnterpriseSize",
    "clusterId" INTEGER,

    CONSTRAINT "Enterprise_pkey" PRIMARY KEY ("organisationId")
);

-- CreateTable
CREATE TABLE "SchoolProgram" (
    "id" SERIAL NOT NULL,
    "schoolId" INTEGER NOT NULL,
    "programId" INTEGER NOT NULL,
    "qualityTier" TEXT,

    CONSTRAINT "SchoolProgram_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStartedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Student" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER,
    "schoolId" INTEGER NOT NULL,
    "schoolProgramId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "gender" TEXT,
    "birthDate" DATE NOT NULL,
    "phone" TEXT,
    "cohortYear" INTEGER NOT NULL,
    "graduationYear" INTEGER NOT NULL,
    "status" "StudentStatus" NOT NULL DEFAULT 'ENROLLED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Student_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Teacher" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER,
    "schoolId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "fullTime" BOOLEAN NOT NULL DEFAULT true,
    "dualTeacherLevel" "DualTeacherLevel" NOT NULL DEFAULT 'NONE',

    CONSTRAINT "Teacher_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Position" (
    "id" SERIAL NOT NULL,
    "enterpriseId" INTEGER NOT NULL,
    "kind" "PositionKind" NOT NULL,
    "status" "PositionStatus" NOT NULL DEFAULT 'DRAFT',
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "clusterId" INTEGER,
    "headcount" INTEGER NOT NULL,
    "district" "District",
    "address" TEXT,
    "payMin" INTEGER,
    "payMax" INTEGER,
    "startDate" DATE,
    "durationMonths" INTEGER,
    "minAge" INTEGER,
    "wantedCertificates" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "contact" TEXT,
    "deadline" DATE,
    "createdById" INTEGER,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Position_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PositionProgram" (
    "positionId" INTEGER NOT NULL,
    "programId" INTEGER NOT NULL,

    CONSTRAINT "PositionProgram_pkey" PRIMARY KEY ("positionId","programId")
);

-- CreateTable
CREATE TABLE "PositionCategory" (
    "positionId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,

    CONSTRAINT "PositionCategory_pkey" PRIMARY KEY ("positionId","categoryId")
);

-- CreateTable
CREATE TABLE "PositionChange" (
    "id" SERIAL NOT NULL,
    "positionId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changes" JSONB NOT NULL,

    CONSTRAINT "PositionChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" SERIAL NOT NULL,
    "positionId" INTEGER NOT NULL,
    "studentId" INTEGER NOT NULL,
    "note" TEXT,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'SUBMITTED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationEvent" (
    "id" SERIAL NOT NULL,
    "applicationId" INTEGER NOT NULL,
    "fromStatus" "ApplicationStatus",
    "toStatus" "ApplicationStatus" NOT NULL,
    "note" TEXT,
    "actorId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobFair" (
    "id" SERIAL NOT NULL,
    "organiserId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "venue" TEXT NOT NULL,
    "district" "District",
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "registrationClosesAt" TIMESTAMP(3),
    "studentCapacity" INTEGER NOT NULL,
    "status" "FairStatus" NOT NULL DEFAULT 'PLANNED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobFair_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FairBooth" (
    "id" SERIAL NOT NULL,
    "fairId" INTEGER NOT NULL,
    "enterpriseId" INTEGER NOT NULL,
    "boothNo" TEXT,

    CONSTRAINT "FairBooth_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FairRegistration" (
    "id" SERIAL NOT NULL,
    "fairId" INTEGER NOT NULL,
    "studentId" INTEGER NOT NULL,
    "registeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "checkedInAt" TIMESTAMP(3),

    CONSTRAINT "FairRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnershipAgreement" (
    "id" SERIAL NOT NULL,
    "schoolId" INTEGER NOT NULL,
    "enterpriseId" INTEGER NOT NULL,
    "kind" "AgreementKind" NOT NULL,
    "title" TEXT NOT NULL,
    "signedOn" DATE,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "status" "AgreementStatus" NOT NULL DEFAULT 'ACTIVE',
    "notes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnershipAgreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderClass" (
    "id" SERIAL NOT NULL,
    "agreementId" INTEGER,
    "schoolId" INTEGER NOT NULL,
    "enterpriseId" INTEGER NOT NULL,
    "schoolProgramId" INTEGER,
    "kind" "OrderClassKind" NOT NULL,
    "name" TEXT NOT NULL,
    "cohortYear" INTEGER NOT NULL,
    "capacity" INTEGER NOT NULL,
    "startsOn" DATE,
    "endsOn" DATE,

    CONSTRAINT "OrderClass_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderClassMember" (
    "id" SERIAL NOT NULL,
    "orderClassId" INTEGER NOT NULL,
    "studentId" INTEGER NOT NULL,
    "mentorName" TEXT,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrderClassMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InternshipPlacement" (
    "id" SERIAL NOT NULL,
    "studentId" INTEGER NOT NULL,
    "schoolId" INTEGER NOT NULL,
    "enterpriseId" INTEGER NOT NULL,
    "positionId" INTEGER,
    "supervisorTeacherId" INTEGER,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "monthlyPay" INTEGER,
    "tripartiteSignedOn" DATE,
    "guardianConsentOn" DATE,
    "insurancePolicyNo" TEXT,
    "status" "PlacementStatus" NOT NULL DEFAULT 'PLANNED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InternshipPlacement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingBase" (
    "id" SERIAL NOT NULL,
    "enterpriseId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "designatedOn" DATE,
    "capacity" INTEGER NOT NULL,
    "description" TEXT,

    CONSTRAINT "TrainingBase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeacherPlacement" (
    "id" SERIAL NOT NULL,
    "teacherId" INTEGER NOT NULL,
    "trainingBaseId" INTEGER NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "status" "PlacementStatus" NOT NULL DEFAULT 'PLANNED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TeacherPlacement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consortium" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "foundedOn" DATE,
    "description" TEXT,

    CONSTRAINT "Consortium_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsortiumMember" (
    "id" SERIAL NOT NULL,
    "consortiumId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "joinedOn" DATE,

    CONSTRAINT "ConsortiumMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GraduateDestination" (
    "id" SERIAL NOT NULL,
    "studentId" INTEGER NOT NULL,
    "graduationYear" INTEGER NOT NULL,
    "kind" "DestinationKind" NOT NULL,
    "employerName" TEXT,
    "employerOrganisationId" INTEGER,
    "employerLocation" "EmployerLocation",
    "employerSize" "EnterpriseSize",
    "sector" "IndustrySector",
    "monthlyIncome" INTEGER,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GraduateDestination_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CertificateAttempt" (
    "id" SERIAL NOT NULL,
    "studentId" INTEGER NOT NULL,
    "certificateName" TEXT NOT NULL,
    "level" TEXT,
    "attemptedOn" DATE NOT NULL,
    "passed" BOOLEAN NOT NULL,

    CONSTRAINT "CertificateAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "IndustryCluster_code_key" ON "IndustryCluster"("code");

-- CreateIndex
CREATE UNIQUE INDEX "IndustryCluster_name_key" ON "IndustryCluster"("name");

-- CreateIndex
CREATE UNIQUE INDEX "ProgramCategory_code_key" ON "ProgramCategory"("code");

-- CreateIndex
CREATE UNIQUE INDEX "ProgramCategory_name_key" ON "ProgramCategory"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Program_name_key" ON "Program"("name");

-- CreateIndex
CREATE INDEX "Program_categoryId_idx" ON "Program"("categoryId");

-- CreateIndex
CREATE INDEX "Program_clusterId_idx" ON "Program"("clusterId");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_name_key" ON "Organisation"("name");

-- CreateIndex
CREATE INDEX "Organisation_kind_idx" ON "Organisation"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "Enterprise_creditCode_key" ON "Enterprise"("creditCode");

-- CreateIndex
CREATE INDEX "Enterprise_clusterId_idx" ON "Enterprise"("clusterId");

-- CreateIndex
CREATE INDEX "SchoolProgram_programId_idx" ON "SchoolProgram"("programId");

-- CreateIndex
CREATE UNIQUE INDEX "SchoolProgram_schoolId_programId_key" ON "SchoolProgram"("schoolId", "programId");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "User_organisationId_idx" ON "User"("organisationId");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Student_userId_key" ON "Student"("userId");

-- CreateIndex
CREATE INDEX "Student_schoolId_cohortYear_idx" ON "Student"("schoolId", "cohortYear");

-- CreateIndex
CREATE INDEX "Student_schoolProgramId_idx" ON "Student"("schoolProgramId");

-- CreateIndex
CREATE INDEX "Student_graduationYear_status_idx" ON "Student"("graduationYear", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Teacher_userId_key" ON "Teacher"("userId");

-- CreateIndex
CREATE INDEX "Teacher_schoolId_idx" ON "Teacher"("schoolId");

-- CreateIndex
CREATE INDEX "Position_enterpriseId_idx" ON "Position"("enterpriseId");

-- CreateIndex
CREATE INDEX "Position_status_kind_idx" ON "Position"("status", "kind");

-- CreateIndex
CREATE INDEX "Position_createdById_idx" ON "Position"("createdById");

-- CreateIndex
CREATE INDEX "PositionProgram_programId_idx" ON "PositionProgram"("programId");

-- CreateIndex
CREATE INDEX "PositionCategory_categoryId_idx" ON "PositionCategory"("categoryId");

-- CreateIndex
CREATE INDEX "PositionChange_positionId_idx" ON "PositionChange"("positionId");

-- CreateIndex
CREATE INDEX "PositionChange_userId_idx" ON "PositionChange"("userId");

-- CreateIndex
CREATE INDEX "Application_studentId_idx" ON "Application"("studentId");

-- CreateIndex
CREATE UNIQUE INDEX "Application_positionId_studentId_key" ON "Application"("positionId", "studentId");

-- CreateIndex
CREATE INDEX "ApplicationEvent_applicationId_idx" ON "ApplicationEvent"("applicationId");

-- CreateIndex
CREATE INDEX "ApplicationEvent_actorId_idx" ON "ApplicationEvent"("actorId");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "JobFair_startsAt_idx" ON "JobFair"("startsAt");

-- CreateIndex
CREATE INDEX "JobFair_organiserId_idx" ON "JobFair"("organiserId");

-- CreateIndex
CREATE INDEX "FairBooth_enterpriseId_idx" ON "FairBooth"("enterpriseId");

-- CreateIndex
CREATE UNIQUE INDEX "FairBooth_fairId_enterpriseId_key" ON "FairBooth"("fairId", "enterpriseId");

-- CreateIndex
CREATE INDEX "FairRegistration_studentId_idx" ON "FairRegistration"("studentId");

-- CreateIndex
CREATE UNIQUE INDEX "FairRegistration_fairId_studentId_key" ON "FairRegistration"("fairId", "studentId");

-- CreateIndex
CREATE INDEX "PartnershipAgreement_schoolId_idx" ON "PartnershipAgreement"("schoolId");

-- CreateIndex
CREATE INDEX "PartnershipAgreement_enterpriseId_idx" ON "PartnershipAgreement"("enterpriseId");

-- CreateIndex
CREATE INDEX "OrderClass_schoolId_idx" ON "OrderClass"("schoolId");

-- CreateIndex
CREATE INDEX "OrderClass_enterpriseId_idx" ON "OrderClass"("enterpriseId");

-- CreateIndex
CREATE INDEX "OrderClassMember_studentId_idx" ON "OrderClassMember"("studentId");

-- CreateIndex
CREATE UNIQUE INDEX "OrderClassMember_orderClassId_studentId_key" ON "OrderClassMember"("orderClassId", "studentId");

-- CreateIndex
CREATE INDEX "InternshipPlacement_studentId_idx" ON "InternshipPlacement"("studentId");

-- CreateIndex
CREATE INDEX "InternshipPlacement_schoolId_idx" ON "InternshipPlacement"("schoolId");

-- CreateIndex
CREATE INDEX "InternshipPlacement_enterpriseId_idx" ON "InternshipPlacement"("enterpriseId");

-- CreateIndex
CREATE INDEX "InternshipPlacement_positionId_idx" ON "InternshipPlacement"("positionId");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingBase_name_key" ON "TrainingBase"("name");

-- CreateIndex
CREATE INDEX "TrainingBase_enterpriseId_idx" ON "TrainingBase"("enterpriseId");

-- CreateIndex
CREATE INDEX "TeacherPlacement_teacherId_idx" ON "TeacherPlacement"("teacherId");

-- CreateIndex
CREATE INDEX "TeacherPlacement_trainingBaseId_idx" ON "TeacherPlacement"("trainingBaseId");

-- CreateIndex
CREATE UNIQUE INDEX "Consortium_name_key" ON "Consortium"("name");

-- CreateIndex
CREATE INDEX "ConsortiumMember_organisationId_idx" ON "ConsortiumMember"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "ConsortiumMember_consortiumId_organisationId_key" ON "ConsortiumMember"("consortiumId", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "GraduateDestination_studentId_key" ON "GraduateDestination"("studentId");

-- CreateIndex
CREATE INDEX "GraduateDestination_graduationYear_kind_idx" ON "GraduateDestination"("graduationYear", "kind");

-- CreateIndex
CREATE INDEX "CertificateAttempt_studentId_idx" ON "CertificateAttempt"("studentId");

-- AddForeignKey
ALTER TABLE "Program" ADD CONSTRAINT "Program_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "ProgramCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Program" ADD CONSTRAINT "Program_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "IndustryCluster"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "School" ADD CONSTRAINT "School_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enterprise" ADD CONSTRAINT "Enterprise_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "IndustryCluster"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enterprise" ADD CONSTRAINT "Enterprise_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolProgram" ADD CONSTRAINT "SchoolProgram_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("organisationId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolProgram" ADD CONSTRAINT "SchoolProgram_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Student" ADD CONSTRAINT "Student_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Student" ADD CONSTRAINT "Student_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("organisationId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Student" ADD CONSTRAINT "Student_schoolProgramId_fkey" FOREIGN KEY ("schoolProgramId") REFERENCES "SchoolProgram"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Teacher" ADD CONSTRAINT "Teacher_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Teacher" ADD CONSTRAINT "Teacher_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("organisationId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("organisationId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "IndustryCluster"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionProgram" ADD CONSTRAINT "PositionProgram_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionProgram" ADD CONSTRAINT "PositionProgram_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionCategory" ADD CONSTRAINT "PositionCategory_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionCategory" ADD CONSTRAINT "PositionCategory_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "ProgramCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionChange" ADD CONSTRAINT "PositionChange_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionChange" ADD CONSTRAINT "PositionChange_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "Student"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationEvent" ADD CONSTRAINT "ApplicationEvent_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationEvent" ADD CONSTRAINT "ApplicationEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobFair" ADD CONSTRAINT "JobFair_organiserId_fkey" FOREIGN KEY ("organiserId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FairBooth" ADD CONSTRAINT "FairBooth_fairId_fkey" FOREIGN KEY ("fairId") REFERENCES "JobFair"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FairBooth" ADD CONSTRAINT "FairBooth_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("organisationId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FairRegistration" ADD CONSTRAINT "FairRegistration_fairId_fkey" FOREIGN KEY ("fairId") REFERENCES "JobFair"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FairRegistration" ADD CONSTRAINT "FairRegistration_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "Student"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipAgreement" ADD CONSTRAINT "PartnershipAgreement_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("organisationId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipAgreement" ADD CONSTRAINT "PartnershipAgreement_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("organisationId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderClass" ADD CONSTRAINT "OrderClass_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "PartnershipAgreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderClass" ADD CONSTRAINT "OrderClass_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("organisationId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderClass" ADD CONSTRAINT "OrderClass_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("organisationId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderClass" ADD CONSTRAINT "OrderClass_schoolProgramId_fkey" FOREIGN KEY ("schoolProgramId") REFERENCES "SchoolProgram"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderClassMember" ADD CONSTRAINT "OrderClassMember_orderClassId_fkey" FOREIGN KEY ("orderClassId") REFERENCES "OrderClass"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderClassMember" ADD CONSTRAINT "OrderClassMember_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "Student"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternshipPlacement" ADD CONSTRAINT "InternshipPlacement_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "Student"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternshipPlacement" ADD CONSTRAINT "InternshipPlacement_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("organisationId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternshipPlacement" ADD CONSTRAINT "InternshipPlacement_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("organisationId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternshipPlacement" ADD CONSTRAINT "InternshipPlacement_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternshipPlacement" ADD CONSTRAINT "InternshipPlacement_supervisorTeacherId_fkey" FOREIGN KEY ("supervisorTeacherId") REFERENCES "Teacher"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingBase" ADD CONSTRAINT "TrainingBase_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("organisationId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeacherPlacement" ADD CONSTRAINT "TeacherPlacement_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "Teacher"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeacherPlacement" ADD CONSTRAINT "TeacherPlacement_trainingBaseId_fkey" FOREIGN KEY ("trainingBaseId") REFERENCES "TrainingBase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsortiumMember" ADD CONSTRAINT "ConsortiumMember_consortiumId_fkey" FOREIGN KEY ("consortiumId") REFERENCES "Consortium"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsortiumMember" ADD CONSTRAINT "ConsortiumMember_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GraduateDestination" ADD CONSTRAINT "GraduateDestination_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "Student"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GraduateDestination" ADD CONSTRAINT "GraduateDestination_employerOrganisationId_fkey" FOREIGN KEY ("employerOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificateAttempt" ADD CONSTRAINT "CertificateAttempt_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "Student"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------
-- CHECK constraints (hand-written: Prisma cannot express them in schema.prisma).
-- Everything above is verbatim `prisma migrate diff --from-empty --to-schema`; these
-- make the database itself refuse rows no code path may ever store. NULL passes a
-- CHECK, so optional columns are only checked when set. Prisma ignores CHECKs when
-- diffing, so later generated migrations neither see nor drop them.
-- ---------------------------------------------------------------------------

-- A position must offer at least one place, and pay is never negative or inverted.
ALTER TABLE "Position" ADD CONSTRAINT "Position_headcount_check" CHECK ("headcount" >= 1);
ALTER TABLE "Position" ADD CONSTRAINT "Position_payMin_check" CHECK ("payMin" >= 0);
ALTER TABLE "Position" ADD CONSTRAINT "Position_payMax_check" CHECK ("payMax" >= 0 AND ("payMin" IS NULL OR "payMax" >= "payMin"));
ALTER TABLE "Position" ADD CONSTRAINT "Position_durationMonths_check" CHECK ("durationMonths" >= 1);
-- 《职业学校学生实习管理规定》: no student under 16 may be placed, so no position may ask for one.
ALTER TABLE "Position" ADD CONSTRAINT "Position_minAge_check" CHECK ("minAge" >= 16);

ALTER TABLE "JobFair" ADD CONSTRAINT "JobFair_endsAt_check" CHECK ("endsAt" > "startsAt");
ALTER TABLE "JobFair" ADD CONSTRAINT "JobFair_studentCapacity_check" CHECK ("studentCapacity" >= 0);

-- Date ranges: a one-day agreement, class or teacher stay is legitimate; an internship is not.
ALTER TABLE "PartnershipAgreement" ADD CONSTRAINT "PartnershipAgreement_endsOn_check" CHECK ("endsOn" >= "startsOn");

ALTER TABLE "OrderClass" ADD CONSTRAINT "OrderClass_capacity_check" CHECK ("capacity" >= 0);
ALTER TABLE "OrderClass" ADD CONSTRAINT "OrderClass_endsOn_check" CHECK ("endsOn" >= "startsOn");

ALTER TABLE "InternshipPlacement" ADD CONSTRAINT "InternshipPlacement_endsOn_check" CHECK ("endsOn" > "startsOn");
ALTER TABLE "InternshipPlacement" ADD CONSTRAINT "InternshipPlacement_monthlyPay_check" CHECK ("monthlyPay" >= 0);

ALTER TABLE "TrainingBase" ADD CONSTRAINT "TrainingBase_capacity_check" CHECK ("capacity" >= 0);

ALTER TABLE "TeacherPlacement" ADD CONSTRAINT "TeacherPlacement_endsOn_check" CHECK ("endsOn" >= "startsOn");

ALTER TABLE "Student" ADD CONSTRAINT "Student_graduationYear_check" CHECK ("graduationYear" >= "cohortYear");

ALTER TABLE "GraduateDestination" ADD CONSTRAINT "GraduateDestination_monthlyIncome_check" CHECK ("monthlyIncome" >= 0);
