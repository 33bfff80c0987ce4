-- The person an organisation names as its contact (联系人), beside its phone: enterprise profiles
-- (issue 9 item 5). Optional: existing rows have none until their staff fill it in.

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN "contactName" TEXT;
