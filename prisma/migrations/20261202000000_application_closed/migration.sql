-- An application still open when its position closes (the enterprise closed it, or the last seat
-- was accepted) ends as CLOSED, 岗位已关闭, with the reason in its event's note (docs/glossary.md).

-- AlterEnum
ALTER TYPE "ApplicationStatus" ADD VALUE 'CLOSED';
