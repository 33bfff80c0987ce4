import { beforeAll, describe, expect, it } from "vitest";
import { TEST_PASSWORD } from "../support/factories";
import { useTestApp } from "../support/test-app";

// Issue 8, item 8: where sign-in leads. A target is a same-site path of printable characters,
// percent-encoded when sent; anything else leads to the home page. A long target is shortened,
// never a silent 400; a strange one never a 500 after the password was accepted.

const t = useTestApp();
let username: string;
let userId: number;

beforeAll(async () => {
  const school = await t.make.school();
  const user = await t.make.user({ role: "SCHOOL_STAFF", organisationId: school.id });
  username = user.username;
  userId = user.id;
});

async function signIn(redirectTo: string) {
  return t.visitor().post("/login", { username, password: TEST_PASSWORD, redirectTo });
}

async function expectLandsOn(redirectTo: string, location: string) {
  const sessionsBefore = await t.db.prisma.session.count({ where: { userId } });
  const response = await signIn(redirectTo);
  expect(response.status, JSON.stringify(redirectTo)).toBe(302);
  expect(response.headers.get("location"), JSON.stringify(redirectTo)).toBe(location);
  expect(response.headers.get("set-cookie")).toMatch(/^qc_session=/);
  expect(await t.db.prisma.session.count({ where: { userId } })).toBe(sessionsBefore + 1);
}

describe("the issue's examples fall back to the home page", () => {
  it.each([
    ["a tab: /%09/evil.example/phish", "/\t/evil.example/phish"],
    ["a line feed", "/\n/x"],
    ["a carriage return", "/\r/x"],
    ["a vertical tab", "/\v/x"],
    ["a form feed", "/\f/x"],
    ["an ideographic space", "/\u3000/x"],
  ])("%s", async (_name, redirectTo) => {
    await expectLandsOn(redirectTo, "/");
  });
});

describe("other sites and other schemes fall back to the home page", () => {
  it.each([
    "//evil.example/phish",
    "/\\evil.example/phish",
    "/\\/evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "evil.example",
    "/\u200b/evil.example", // zero-width space
    "/\u00a0/evil.example", // no-break space
    "/ /evil.example",
    "/\u0000/x",
    "",
  ])("%j", async (redirectTo) => {
    await expectLandsOn(redirectTo, "/");
  });
});

describe("same-site paths are kept, percent-encoded", () => {
  it.each([
    ["/applications", "/applications"],
    ["/positions?q=厨师&district=SAIHAN", "/positions?q=%E5%8E%A8%E5%B8%88&district=SAIHAN"],
    ["/岗位", "/%E5%B2%97%E4%BD%8D"],
    ["/positions/1#申请", "/positions/1#%E7%94%B3%E8%AF%B7"],
    ["/%2F/evil.example", "/%2F/evil.example"],
  ])("%j → %j", async (redirectTo, location) => {
    await expectLandsOn(redirectTo, location);
  });

  it("a shared search link of 991 characters is kept whole", async () => {
    const query = "q=" + "厨".repeat(80) + "&district=SAIHAN&kind=JOB&sort=newest&page=2";
    let link = `/positions?${query}`;
    link += "&x=" + "a".repeat(991 - new URL(link, "http://h").pathname.length - new URL(link, "http://h").search.length - 3);
    const encoded = new URL(link, "http://h");
    expect(encoded.pathname.length + encoded.search.length).toBe(991);
    await expectLandsOn(link, encoded.pathname + encoded.search);
  });

  it("a target longer than 2,048 characters is shortened to its path (not a 400)", async () => {
    await expectLandsOn(`/positions?q=${"a".repeat(3000)}`, "/positions");
    await expectLandsOn(`/${"a".repeat(2048)}`, "/");
    await expectLandsOn(`/${"a".repeat(2047)}`, `/${"a".repeat(2047)}`);
  });
});

it("a redirectTo posted twice or as a file is ignored, not a 400", async () => {
  const body = new URLSearchParams([["username", username], ["password", TEST_PASSWORD], ["redirectTo", "/a"], ["redirectTo", "/b"]]);
  const response = await t.visitor().request("/login", { method: "POST", body });
  expect(response.status).toBe(302);
  expect(response.headers.get("location")).toBe("/");
});
