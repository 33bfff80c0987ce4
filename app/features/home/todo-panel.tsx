import { Link } from "@remix-run/react";
import type { Todo } from "./todo.server";

/** The home's first card: what waits for this user, each count a link to its filtered list. */
export function TodoPanel({
  title,
  todos,
  empty,
  children,
}: {
  title: string;
  todos: Todo[];
  empty: string;
  children?: React.ReactNode;
}) {
  const waiting = todos.filter((t) => t.count > 0);
  return (
    <section className="card todo" aria-label={title}>
      <h2>{title}</h2>
      {children}
      {waiting.length === 0 ? <p className="muted">{empty}</p> : null}
      <ul className="todo-list">
        {waiting.map((t) => (
          <li key={t.key} data-todo={t.key}>
            <Link to={t.to}>
              <strong className="todo-count">{t.count}</strong> {t.label}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
