// The directory feature's public entry (server side): enrolment counts other features show.
export { enrolledBySchool } from "./enrolment.server";
