// The directory feature's public entry (server side): enrolment counts other features show.
export { enrolledBySchool, GRADUATION_YEAR } from "./enrolment.server";
