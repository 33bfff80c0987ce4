// Students at fairs: the server-side entry for other features (the fair's page).
export { studentRegistrationState, type StudentRegistrationState } from "./registration.server";
