/** @param {import('@remix-run/dev/dist/config/routes').DefineRouteFunction} route */
export default function routes(route) {
  route("recommended", "features/matching/recommended-route.tsx");
  route("enterprise/matching", "features/matching/enterprise-matching-route.tsx");
}
