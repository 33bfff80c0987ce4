/** @param {import('@remix-run/dev/dist/config/routes').DefineRouteFunction} route */
export default function routes(route) {
  route("organisations/:organisationId/edit", "features/organisations/edit-route.tsx");
}
