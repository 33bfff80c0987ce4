-- Order-class enrolment (issue 11 item 3): the school's reason when it declines a request, shown to the student.
ALTER TABLE "OrderClassMember" ADD COLUMN "declineReason" TEXT;
