/** @param {import('@remix-run/dev/dist/config/routes').DefineRouteFunction} route */
export default function routes(route) {
  route("directory", "features/directory/directory-route.tsx");
  route("schools", "features/directory/schools-route.tsx");
  route("schools/:schoolId", "features/directory/school-route.tsx");
  route("enterprises", "features/directory/enterprises-route.tsx");
  route("enterprises/:enterpriseId", "features/directory/enterprise-route.tsx");
  route("clusters/:clusterId", "features/directory/cluster-route.tsx");
}
