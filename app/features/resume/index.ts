// The résumé feature's public entry for other features' pages.
export { ResumeSection, type ResumeFields } from "./resume-view";
export { sharedResumeFrom, type SharedResume } from "./resume-schema";
