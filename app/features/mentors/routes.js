/** @param {import('@remix-run/dev/dist/config/routes').DefineRouteFunction} route */
export default function routes(route) {
  route("mentors", "features/mentors/mentors-route.tsx");
}
