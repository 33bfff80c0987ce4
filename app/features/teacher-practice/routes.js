/** @param {import('@remix-run/dev/dist/config/routes').DefineRouteFunction} route */
export default function routes(route) {
  route("training-bases", "features/teacher-practice/bases-route.tsx");
  route("training-bases/:baseId", "features/teacher-practice/base-route.tsx");
  route("teacher-practice", "features/teacher-practice/list-route.tsx");
  route("teacher-practice/new", "features/teacher-practice/new-route.tsx");
  route("teacher-practice/:practiceId", "features/teacher-practice/practice-route.tsx");
  route("teachers", "features/teacher-practice/teachers-route.tsx");
  route("teachers/:teacherId/ledger", "features/teacher-practice/ledger-route.tsx");
}
