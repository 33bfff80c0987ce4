// The certification feature's public entry for other features (the partnership dashboard, teachers'
// pages): levels in force and the 双师素质专任教师比例, computed on a day.
export { dualTeacherFigures, teacherLevelOn, teacherLevels, type LevelCounts, type SchoolFigures } from "./figures.server";
export { levelInForce, LEVEL_LABEL, ratioPercent } from "./levels";
