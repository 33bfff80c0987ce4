// The résumé feature's public entry for other features' services.
export { resumeSnapshot, studentResume, type ResumeRecord } from "./resume.server";
