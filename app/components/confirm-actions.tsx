import { Link, useLocation } from "@remix-run/react";
import { useEffect, useState, type ReactNode } from "react";
import { CONFIRM_FIELD } from "~/lib/confirm";

// One row of submit buttons for a form, some of which are asked twice. With JavaScript the first
// press opens a confirm step in place (not window.confirm, which phones and tests handle badly);
// without it the first press posts unconfirmed, the server refuses it with 400 and the page comes
// back with `asking` set, showing the same step. Only the step's button carries `confirm=yes`.

export type Tone = "primary" | "secondary" | "danger";

export type ConfirmAction = {
  /** The submit button's field name and value, e.g. intent=withdraw. */
  name: string;
  value: string;
  label: string;
  tone: Tone;
  /** Ask before posting: the question, the confirming button's words and anything to choose with it. */
  confirm?: { question: ReactNode; button: string; extra?: ReactNode };
};

export function ConfirmActions({
  actions,
  asking: askedByServer = null,
}: {
  actions: readonly ConfirmAction[];
  asking?: string | null;
}) {
  const [asking, setAsking] = useState<string | null>(askedByServer);
  const [hydrated, setHydrated] = useState(false);
  const location = useLocation();
  useEffect(() => setHydrated(true), []);
  useEffect(() => setAsking(askedByServer), [askedByServer]);
  const asked = actions.find((a) => a.value === asking && a.confirm);
  if (asked?.confirm) {
    return (
      <div className="confirm-step" role="group" aria-label="请确认">
        <p className="confirm-question">{asked.confirm.question}</p>
        {asked.confirm.extra}
        <input type="hidden" name={CONFIRM_FIELD} value="yes" />
        <div className="actions">
          <button type="submit" name={asked.name} value={asked.value} className={`button-${asked.tone}`}>
            {asked.confirm.button}
          </button>
          <Link
            to={`${location.pathname}${location.search}`}
            className="button-secondary"
            onClick={(event) => {
              event.preventDefault();
              setAsking(null);
            }}
          >
            取消
          </Link>
        </div>
      </div>
    );
  }
  return (
    <div className="actions">
      {actions.map((a) => (
        <button
          key={a.value}
          type="submit"
          name={a.name}
          value={a.value}
          className={`button-${a.tone}`}
          onClick={(event) => {
            // Before hydration the press posts unconfirmed and the server asks instead.
            if (!a.confirm || !hydrated) return;
            event.preventDefault();
            setAsking(a.value);
          }}
        >
          {a.label}
        </button>
      ))}
    </div>
  );
}
