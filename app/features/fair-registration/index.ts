// Students at fairs (issue 12 items 3 and 5): what other features may use. The fair's page renders
// RegistrationControls with the state from studentRegistrationState (index.server.ts).
export { RegistrationControls } from "./registration-controls";
export { LEAD_STATUS_LABEL, type LeadStatus } from "./lead-status";
