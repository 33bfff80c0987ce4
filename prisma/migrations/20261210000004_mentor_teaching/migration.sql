-- 行业导师 (issue 14, 附表6 rows 17 and 19): the hours an enterprise's mentor taught a school's students in a
-- school year, optionally for an order class or a placement. app/features/mentors/ reads and writes it.

CREATE TABLE "MentorTeaching" (
    "id" SERIAL NOT NULL,
    "schoolId" INTEGER NOT NULL,
    "enterpriseId" INTEGER NOT NULL,
    "mentorName" TEXT NOT NULL,
    "schoolYear" INTEGER NOT NULL,
    "hours" INTEGER NOT NULL,
    "orderClassId" INTEGER,
    "placementId" INTEGER,
    "recordedById" INTEGER,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MentorTeaching_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "MentorTeaching_schoolYear_schoolId_idx" ON "MentorTeaching"("schoolYear", "schoolId");
CREATE INDEX "MentorTeaching_schoolId_enterpriseId_mentorName_idx" ON "MentorTeaching"("schoolId", "enterpriseId", "mentorName");
ALTER TABLE "MentorTeaching" ADD CONSTRAINT "MentorTeaching_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("organisationId") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MentorTeaching" ADD CONSTRAINT "MentorTeaching_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("organisationId") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MentorTeaching" ADD CONSTRAINT "MentorTeaching_orderClassId_fkey" FOREIGN KEY ("orderClassId") REFERENCES "OrderClass"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "MentorTeaching" ADD CONSTRAINT "MentorTeaching_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "InternshipPlacement"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "MentorTeaching" ADD CONSTRAINT "MentorTeaching_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Positive hours, a school year in range: the form checks them too, this keeps any other writer honest.
ALTER TABLE "MentorTeaching" ADD CONSTRAINT "MentorTeaching_hours_check" CHECK ("hours" > 0 AND "hours" <= 2000);
ALTER TABLE "MentorTeaching" ADD CONSTRAINT "MentorTeaching_schoolYear_check" CHECK ("schoolYear" BETWEEN 2000 AND 2099);
