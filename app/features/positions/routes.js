/** @param {import('@remix-run/dev/dist/config/routes').DefineRouteFunction} route */
export default function routes(route) {
  route("positions", "features/positions/search-route.tsx");
  route("positions/suggest", "features/positions/suggest-route.tsx");
  route("positions/:positionId", "features/positions/position-route.tsx");
  route("enterprise/positions", "features/positions/manage/list-route.tsx");
  route("enterprise/positions/new", "features/positions/manage/new-route.tsx");
  route("enterprise/positions/:positionId/edit", "features/positions/manage/edit-route.tsx");
}
