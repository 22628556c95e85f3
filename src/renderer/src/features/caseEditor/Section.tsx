import type { ReactNode } from 'react';

/**
 * A titled part of the case. Deliberately not labelled by its heading: "Balance" the heading would
 * otherwise collide with "Balance" the field for anyone finding fields by label.
 */
export function Section({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="editor-section">
      <div className="section-heading">
        <h2>{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
