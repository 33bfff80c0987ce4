// What other features (the quality report's 附表6 rows 17 and 19) may use of the mentors.
export { mentorFigures } from "./mentors.server";
