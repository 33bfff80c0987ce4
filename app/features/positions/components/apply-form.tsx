import { Form } from "@remix-run/react";

export const APPLY_NOTE_MAX = 500;

/** The student's application; the apply action (POST /positions/:id/apply) belongs to the applications feature. */
export function ApplyForm({ positionId }: { positionId: number }) {
  return (
    <Form method="post" action={`/positions/${positionId}/apply`}>
      <div className="field">
        <label htmlFor="apply-note">给企业的留言（可选，最多 {APPLY_NOTE_MAX} 字）</label>
        <textarea id="apply-note" name="note" rows={4} maxLength={APPLY_NOTE_MAX} />
      </div>
      <button type="submit">申请该岗位</button>
    </Form>
  );
}
