-- Sign-in throttling without lock-outs (docs/decisions/0005-sign-in-throttling.md).
-- The old rows were 15-minute counters: nothing in them is worth keeping.

-- DropTable
DROP TABLE "SignInThrottle";

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "accounts" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "windowStartedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastFailureAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "KnownSignInSource" (
    "userId" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "lastUsedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KnownSignInSource_pkey" PRIMARY KEY ("userId","source")
);

-- CreateIndex
CREATE INDEX "SignInThrottle_lastFailureAt_idx" ON "SignInThrottle"("lastFailureAt");

-- CreateIndex
CREATE INDEX "KnownSignInSource_lastUsedAt_idx" ON "KnownSignInSource"("lastUsedAt");

-- AddForeignKey
ALTER TABLE "KnownSignInSource" ADD CONSTRAINT "KnownSignInSource_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
