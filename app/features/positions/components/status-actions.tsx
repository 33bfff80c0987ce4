import { ConfirmActions } from "~/components/confirm-actions";
import { getFormProps, getInputProps, type FieldMetadata } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { ErrorList } from "~/components/forms";

/** The one status change a position's state allows: publish a draft, close a published one, reopen a closed one. */
export function StatusActions({
  status,
  deadline,
  today,
  form,
  deadlineField,
  asking = null,
}: {
  status: string;
  deadline: string | null;
  today: string;
  form: { props: ReturnType<typeof getFormProps>; errorId: string; errors?: string[] };
  deadlineField: FieldMetadata<unknown>;
  /** The status move the server asked to confirm (关闭岗位 posted unconfirmed). */
  asking?: string | null;
}) {
  const expired = deadline !== null && deadline < today;
  return (
    <Form method="post" {...form.props}>
      {status === "DRAFT" ? (
        <>
          <input type="hidden" name="intent" value="publish" />
          <p className="muted">发布后，所有登录用户都能搜索到并查看该岗位，学生可以申请。</p>
          <button type="submit">发布岗位</button>
        </>
      ) : null}
      {status === "PUBLISHED" ? (
        <>
          <p className="muted">关闭后岗位不再出现在搜索结果中，学生不能再申请；已有申请不受影响。</p>
          <ConfirmActions
            asking={asking}
            actions={[
              {
                name: "intent",
                value: "close",
                label: "关闭岗位",
                tone: "danger",
                confirm: {
                  question: "确定关闭这个岗位吗？学生将不能再申请，仍在等待处理的申请会随之结束；之后可以重新开放。",
                  button: "确认关闭",
                },
              },
            ]}
          />
        </>
      ) : null}
      {status === "CLOSED" ? (
        <>
          <input type="hidden" name="intent" value="reopen" />
          <div className="field">
            <label htmlFor={deadlineField.id}>
              {expired ? "新的报名截止日期（原截止日期已过，必填）" : "新的报名截止日期（可选）"}
            </label>
            <input {...getInputProps(deadlineField, { type: "date" })} min={today} required={expired} />
            <ErrorList id={deadlineField.errorId} errors={deadlineField.errors} />
          </div>
          <button type="submit">重新开放</button>
        </>
      ) : null}
      <ErrorList id={form.errorId} errors={form.errors} />
    </Form>
  );
}
