import { hashPassword } from "~/features/auth/password.server";
import type { Prisma, Role } from "~/generated/prisma/client";
import { next, type FactoryContext } from "./context";
import { bureau, enterprise, school } from "./organisation";

// A sign-in account. Every account's password is TEST_PASSWORD (hashed once per process).

export const TEST_PASSWORD = "correct horse battery";
let passwordHash: Promise<string> | undefined;
const testPasswordHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

/**
 * `role` is required. Without `organisationId` the account gets a new organisation of the kind
 * its role belongs to (students, teachers and school staff: a school; enterprise staff: an
 * enterprise; bureau admins: the bureau). `disabled: true` makes a disabled account.
 */
export type UserTraits = Partial<Omit<Prisma.UserUncheckedCreateInput, "role">> & { role: Role; disabled?: boolean };

const HOME: Record<Role, typeof school> = {
  STUDENT: school,
  TEACHER: school,
  SCHOOL_STAFF: school,
  ENTERPRISE_STAFF: enterprise,
  BUREAU_ADMIN: bureau,
};

export async function user(ctx: FactoryContext, traits: UserTraits) {
  const n = next();
  const { disabled, ...columns } = traits;
  const organisationId = columns.organisationId ?? (await HOME[traits.role](ctx)).id;
  return ctx.db.prisma.user.create({
    data: {
      username: `user${n}`,
      displayName: `测试用户${n}`,
      passwordHash: await testPasswordHash(),
      disabledAt: disabled ? new Date() : null,
      ...columns,
      organisationId,
    },
  });
}
