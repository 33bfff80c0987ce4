/** @param {import('@remix-run/dev/dist/config/routes').DefineRouteFunction} route */
export default function routes(route) {
  route("bureau/enterprises", "features/standing/bureau-enterprises-route.tsx");
  route("bureau/enterprises/:enterpriseId", "features/standing/bureau-enterprise-route.tsx");
  route("enterprises/:enterpriseId/block", "features/standing/block-route.tsx");
  route("school/blocked-enterprises", "features/standing/blocks-route.tsx");
}
