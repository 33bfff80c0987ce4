/** @param {import('@remix-run/dev/dist/config/routes').DefineRouteFunction} route */
export default function routes(route) {
  route("positions/:positionId/apply", "features/applications/apply-route.tsx");
  route("applications", "features/applications/my-applications-route.tsx");
  route("enterprise/positions/:positionId/applicants", "features/applications/applicants-route.tsx");
  route("enterprise/positions/:positionId/applicants/:applicationId", "features/applications/applicant-route.tsx");
  route("school/applications", "features/applications/school-applications-route.tsx");
  route("bureau/positions", "features/applications/bureau-overview-route.tsx");
}
