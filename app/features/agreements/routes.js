/** @param {import('@remix-run/dev/dist/config/routes').DefineRouteFunction} route */
export default function routes(route) {
  route("agreements", "features/agreements/list-route.tsx");
  route("agreements/new", "features/agreements/new-route.tsx");
  route("agreements/:agreementId", "features/agreements/agreement-route.tsx");
  route("agreements/:agreementId/document", "features/agreements/document-route.tsx");
}
