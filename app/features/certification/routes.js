/** @param {import('@remix-run/dev/dist/config/routes').DefineRouteFunction} route */
export default function routes(route) {
  route("certifications", "features/certification/list-route.tsx");
  route("certifications/new", "features/certification/new-route.tsx");
  route("certifications/:certificationId", "features/certification/certification-route.tsx");
  route("certifications/:certificationId/document", "features/certification/document-route.tsx");
}
