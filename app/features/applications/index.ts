// The applications feature's public entry: what other features (and the demo seed) may use. The
// rest of this folder is internal (eslint.config.js forbids importing it from elsewhere).
export { ApplyForm } from "./apply-form";
export {
  APPLICATION_STATUS_LABEL,
  CLOSE_REASON,
  mayMove,
  OPEN_APPLICATION_STATUSES,
  type ApplicationStatus,
} from "./application-status";
export { staffNotice, statusNotice } from "./application-notice";
export { currentCohort, eligibilityProblem, isFirstYear, isGraduating, MIN_STUDENT_AGE } from "./eligibility";
