/** @param {import('@remix-run/dev/dist/config/routes').DefineRouteFunction} route */
export default function routes(route) {
  route("retention", "features/retention/tracker-route.tsx");
  route("retention/people", "features/retention/people-route.tsx");
}
