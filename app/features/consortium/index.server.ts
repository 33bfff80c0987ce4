// What other features may use of the consortium (a feature does not reach into another's internals).
export { compositionOf, currentConsortium } from "./consortium.server";
export { MEMBER_TYPE_LABEL, MEMBER_TYPES, memberTypeOf, type MemberType } from "./membership-status";
