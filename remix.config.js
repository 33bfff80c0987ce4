/** @type {import('@remix-run/dev').AppConfig} */
export default {
  ignoredRouteFiles: ["**/*"],
  serverModuleFormat: "esm",
  // Route modules live beside their feature's services and schemas (app/features/<domain>/).
  routes(defineRoutes) {
    return defineRoutes((route) => {
      route("/", "features/home/home-route.tsx", { index: true });
      route("login", "features/auth/login-route.tsx");
      route("logout", "features/auth/logout-route.tsx");
      route("account", "features/account/account-route.tsx");
      route("directory", "features/directory/directory-route.tsx");
      route("schools", "features/directory/schools-route.tsx");
      route("schools/:schoolId", "features/directory/school-route.tsx");
      route("schools/:schoolId/students", "features/students/school-students-route.tsx");
      route("students/:studentId", "features/students/student-route.tsx");
      route("enterprises", "features/directory/enterprises-route.tsx");
      route("enterprises/:enterpriseId", "features/directory/enterprise-route.tsx");
      route("clusters/:clusterId", "features/directory/cluster-route.tsx");
      route("organisations/:organisationId/edit", "features/organisations/edit-route.tsx");
    });
  },
};
