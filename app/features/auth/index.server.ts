// auth's public entry for other features beyond session, permissions and password: the sign-in
// limits that any other password check (the account page's current password) must go through.
export { deviceToken, isKnownSource } from "./known-source.server";
export { throttledCheck } from "./throttle.server";
