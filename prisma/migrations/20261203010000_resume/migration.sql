-- A student's résumé (学生简历), written by the student only, and the copy an application carries
-- from the moment of applying until the student withdraws it (docs/decisions/0008).

-- CreateTable
CREATE TABLE "Resume" (
    "id" SERIAL NOT NULL,
    "studentId" INTEGER NOT NULL,
    "intro" TEXT,
    "skills" TEXT,
    "certificates" TEXT,
    "experience" TEXT,
    "phone" TEXT,
    "wechat" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Resume_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Resume_studentId_key" ON "Resume"("studentId");

-- AddForeignKey
ALTER TABLE "Resume" ADD CONSTRAINT "Resume_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "Student"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "Application" ADD COLUMN "sharedResume" JSONB;
