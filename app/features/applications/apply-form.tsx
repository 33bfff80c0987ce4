import { getFormProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form, Link, useSearchParams } from "@remix-run/react";
import { ErrorList } from "~/components/forms";
import { ApplySchema, NOTE_MAX } from "./application-schema";

/**
 * The student's application for a position, posted to the apply action (apply-route.tsx). The
 * position page shows it; the apply route shows it again with a refusal and the note kept.
 */
export function ApplyForm({
  positionId,
  enterpriseName,
  fairId,
  lastResult,
}: {
  positionId: number;
  /** Who the résumé goes to, named in the consent line; the apply route's refusal page does not know it. */
  enterpriseName?: string;
  /** The fair this is applied at; by default the page's ?fair= (a booth's link from the fair's page). */
  fairId?: string | null;
  lastResult?: SubmissionResult<string[]>;
}) {
  const [params] = useSearchParams();
  const fair = fairId ?? params.get("fair");
  const [form, fields] = useForm({
    // Not "apply": the position page has a section with that id, and conform gives each field a
    // form="<id>" attribute, so the note would belong to the section, not the form, and be lost.
    id: "apply-form",
    lastResult,
    constraint: getZodConstraint(ApplySchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ApplySchema }),
    shouldRevalidate: "onBlur",
  });
  return (
    <>
      <ErrorList id={form.errorId} errors={form.errors} />
      <Form method="post" action={`/positions/${positionId}/apply`} {...getFormProps(form)}>
        {fair ? <input type="hidden" name="fair" value={fair} /> : null}
        <div className="field">
          <label htmlFor={fields.note.id}>{`给企业的留言（可选，最多 ${NOTE_MAX} 字）`}</label>
          <textarea {...getTextareaProps(fields.note)} rows={4} maxLength={NOTE_MAX} />
          <ErrorList id={fields.note.errorId} errors={fields.note.errors} />
        </div>
        <p className="consent">
          {`提交申请即同意把你的简历（自我介绍、技能、证书、实习与经历）和联系方式（手机号、微信号）分享给${enterpriseName ? `「${enterpriseName}」` : "发布该岗位的企业"}，仅此一家；企业看到的是申请这一刻的简历。你所在学校的就业办公室也能看到你的简历。撤回申请后，该企业不再能看到。`}{" "}
          <Link to="/resume">查看或修改我的简历</Link>
        </p>
        <button type="submit">申请该岗位</button>
      </Form>
    </>
  );
}
