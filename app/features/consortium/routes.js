/** @param {import('@remix-run/dev/dist/config/routes').DefineRouteFunction} route */
export default function routes(route) {
  route("consortium", "features/consortium/consortium-route.tsx");
  route("consortium/join", "features/consortium/join-route.tsx");
  route("consortium/activities/new", "features/consortium/new-activity-route.tsx");
  route("consortium/activities/:activityId", "features/consortium/activity-route.tsx");
}
