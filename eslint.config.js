import { readdirSync } from "node:fs";
import js from "@eslint/js";
import tseslint from "typescript-eslint";

// Module boundaries (docs/decisions, GUIDE "How the code should read"):
// - a feature imports another feature only through its public entry: ~/features/<x> (index.ts) or
//   ~/features/<x>/index.server, and auth's session, permissions and password modules;
// - app/lib and app/components are shared by every feature and import none;
// - search/ is handed the database, configuration and clock, and imports nothing from app/ but the
//   generated Prisma types; search/ and prisma/seed do not import each other;
// - prisma/seed uses only the generated Prisma types, the shared clock (dates, school years) and
//   features' public entries.
const dirs = (path) =>
  readdirSync(path, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
const FEATURES = dirs("app/features");
const PUBLIC = ["index", "index.server"];
const AUTH_PUBLIC = ["session.server", "permissions.server", "password.server"];
// Everything under app/ except the Prisma client generated from prisma/schema.prisma.
const APP_TOP = readdirSync("app").filter((name) => name !== "generated").map((name) => name.replace(/\.(tsx?|js)$/, ""));

const internalsOf = (feature) => [
  `~/features/${feature}/*`,
  ...PUBLIC.map((entry) => `!~/features/${feature}/${entry}`),
  ...(feature === "auth" ? AUTH_PUBLIC.map((entry) => `!~/features/auth/${entry}`) : []),
];
const featureMessage = "另一个功能模块的内部文件：请通过其公开入口导入 (~/features/<x> 或 ~/features/<x>/index.server)，或把共用部分移到 app/lib、app/components。";

const restrict = (patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

export default tseslint.config(
  { ignores: ["build/", "public/build/", "app/generated/", "node_modules/", ".cache/", "data/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  ...FEATURES.map((feature) => {
    const others = FEATURES.filter((f) => f !== feature);
    return {
      files: [`app/features/${feature}/**`],
      rules: restrict([
        ...others.map((other) => ({ group: internalsOf(other), message: featureMessage })),
        {
          group: others.flatMap((other) => [`../${other}/*`, `../../${other}/*`, `../../../${other}/*`]),
          message: featureMessage,
        },
      ]),
    };
  }),
  {
    // Every action reads its body through readForm (app/lib/form.server.ts), which bounds field
    // names before conform builds objects from them (issue 8, item 1); a route that calls
    // request.formData() itself skipped that once and a 20,000-level name crashed the process.
    files: ["app/**"],
    ignores: ["app/lib/form.server.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.property.name='formData']", message: "请用 readForm(request, schema)（app/lib/form.server.ts）读取表单：它先限制字段名的长度、层级和序号。" },
      ],
    },
  },
  {
    files: ["app/lib/**", "app/components/**"],
    rules: restrict([{ group: ["~/features/*", "**/features/*"], message: "app/lib 与 app/components 为各功能共用，不导入功能模块。" }]),
  },
  {
    files: ["search/**"],
    rules: restrict([
      { group: APP_TOP.flatMap((name) => [`~/${name}`, `~/${name}/*`]), message: "search/ 不导入 app/：数据库、配置和日期由调用方传入（app/lib/position-search.server.ts）。" },
      { group: ["**/app/*", "!**/app/generated"], message: "search/ 不导入 app/。" },
      { group: ["**/prisma/seed/*", "**/prisma/seed"], message: "search/ 与 prisma/seed 互不导入；共用代码放在 shared/。" },
    ]),
  },
  {
    files: ["prisma/seed/**"],
    rules: restrict([
      { group: ["**/search/*", "**/search"], message: "search/ 与 prisma/seed 互不导入；岗位索引由调用方传入。" },
      {
        group: [
          ...APP_TOP.filter((name) => name !== "features" && name !== "lib").flatMap((name) => [`~/${name}`, `~/${name}/*`]),
          "~/lib/*",
          "!~/lib/dates",
          "!~/lib/school-year",
          ...FEATURES.flatMap(internalsOf),
        ],
        message: "prisma/seed 只用生成的 Prisma 类型、~/lib/dates、~/lib/school-year 与各功能的公开入口。",
      },
      { group: ["**/app/*"], message: "prisma/seed 通过 ~/ 路径使用公开入口，不直接导入 app/ 文件。" },
    ]),
  },
  {
    files: ["shared/**"],
    rules: restrict([{ group: ["~/*", "**/app/*", "**/search/*", "**/prisma/*"], message: "shared/ 是中立模块，不导入 app/、search/ 或 prisma/。" }]),
  },
);
