-- The enterprise may give a reply-by day (答复期限) when it offers a position (拟录用); the student's
-- home and 我的申请 show it. Optional: an offer without one waits until the student answers.

-- AlterTable
ALTER TABLE "Application" ADD COLUMN "offerReplyBy" DATE;
