import { createSession } from "~/features/auth/session.server";

/** A browser-less client against the test app: keeps its cookie, never follows redirects. */
export class Client {
  cookie = "";
  constructor(readonly baseUrl: string) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookie) headers.set("cookie", this.cookie);
    const response = await fetch(this.baseUrl + path, { ...init, headers, redirect: "manual" });
    const setCookie = response.headers.get("set-cookie");
    if (setCookie) this.cookie = setCookie.split(";")[0]!;
    return response;
  }

  get(path: string) {
    return this.request(path);
  }

  /** Posts a form as a browser without JavaScript would. */
  post(path: string, fields: Record<string, string | string[]>) {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(fields)) {
      for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
    }
    return this.request(path, { method: "POST", body });
  }
}

/** A client already signed in as userId (sessions are made directly: argon2 per test would be slow). */
export async function clientFor(baseUrl: string, userId: number): Promise<Client> {
  const client = new Client(baseUrl);
  const setCookie = await createSession(userId, new Request(baseUrl), "127.0.0.1");
  client.cookie = setCookie.split(";")[0]!;
  return client;
}
