import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireUser } from "~/features/auth/session.server";
import { idParam } from "~/lib/errors.server";
import { ownPass } from "./pass.server";

// The student's 入场码 on a phone at full brightness, or on paper (打印: print CSS keeps only the pass).

export const meta: MetaFunction = () => [{ title: "入场码 · 青城产教通" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json(await ownPass(user, idParam(params.fairId)));
}

export default function PassRoute() {
  const { fair, student, cancelled, checkedIn, code } = useLoaderData<typeof loader>();
  const days = fair.days.first === fair.days.last ? fair.days.first : `${fair.days.first} 至 ${fair.days.last}`;
  return (
    <section className="fair-pass" aria-label="入场码">
      <h1>{fair.title}</h1>
      <p className="fair-pass-where">
        {fair.place}
        <br />
        {`有效日期：${days}`}
      </p>
      {code ? (
        <>
          {/* qrcode's own SVG: markup made by the library from our code, not from user text. */}
          <div className="fair-pass-qr" role="img" aria-label="入场二维码" dangerouslySetInnerHTML={{ __html: code.svg }} />
          <p className="fair-pass-code" data-code={code.text}>
            {code.grouped}
          </p>
        </>
      ) : (
        <p className="fair-pass-void" role="status">
          {cancelled === "fair" ? "本场招聘会已取消，入场码无效。" : "你已取消报名，入场码无效。"}
        </p>
      )}
      <p className="fair-pass-who">
        <strong>{student.name}</strong>
        <br />
        {student.school}
        <br />
        {student.program}
      </p>
      {checkedIn ? <p className="fair-pass-in">已签到</p> : null}
      <p className="fair-pass-actions no-print">
        {code ? (
          <button type="button" className="button-secondary" onClick={() => window.print()}>
            打印
          </button>
        ) : null}{" "}
        <Link to={`/fairs/${fair.id}`}>返回招聘会</Link> · <Link to="/fairs/mine">我的招聘会</Link>
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
