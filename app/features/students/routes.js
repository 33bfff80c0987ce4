/** @param {import('@remix-run/dev/dist/config/routes').DefineRouteFunction} route */
export default function routes(route) {
  route("schools/:schoolId/students", "features/students/school-students-route.tsx");
  route("students/:studentId", "features/students/student-route.tsx");
}
