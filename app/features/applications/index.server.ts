// The applications feature's server-side public entry: what other features' services may call.
export { closeOpenApplications } from "./close.server";
export { applyForPosition, type ApplyOptions, type ApplyOutcome } from "./apply.server";
