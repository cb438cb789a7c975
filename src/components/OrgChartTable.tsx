/**
 * The org view as a table: each unit, whom it reports to and who leads or coordinates it,
 * in the words of the article. It is the diagram's equivalent for screen readers, search
 * and print, and is always on the page.
 */
import type { OrgLayout } from '../layout/orgLayout';
import type { Bundle, OrgView } from '../schema/bundle';

export interface OrgChartTableProps {
  bundle: Bundle;
  view: OrgView;
  /** the view's layout: its rows follow the diagram's reading order */
  layout: OrgLayout;
  fresh: ReadonlySet<string>;
}

/** Returns the table of one org view. */
export function OrgChartTable({ bundle, view, layout, fresh }: OrgChartTableProps) {
  const nodes = new Map(view.nodes.map((n) => [n.id, n]));
  const people = new Map(bundle.facts.people.map((p) => [p.id, p]));
  const order = layout.nodes.map((n) => n.id);
  const rows = [...view.nodes].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  return (
    <table className="org-table" data-view={view.id}>
      <caption>{`${view.title}: the structure as a table`}</caption>
      <thead>
        <tr>
          <th scope="col">Unit</th>
          <th scope="col">Reports to</th>
          <th scope="col">Led or coordinated by</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((node) => {
          const parent = node.parent ? nodes.get(node.parent) : undefined;
          return (
            <tr key={node.id} data-org-node={node.id}>
              <th scope="row">
                <span className="org-table-unit">{node.label.text}</span>
                {fresh.has(node.id) ? <span className="org-table-new"> (new)</span> : null}
                {node.note ? <span className="org-table-note">{node.note.text}</span> : null}
              </th>
              <td>{parent ? parent.label.text : <NoOne />}</td>
              <td>
                {node.leads.length === 0 ? <NoOne /> : null}
                {node.leads.map((id, i) => (
                  <span key={id}>
                    {i > 0 ? ', ' : null}
                    <span data-fact-id={id}>{people.get(id)?.name ?? id}</span>
                  </span>
                ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function NoOne() {
  return (
    <>
      <span className="org-table-none" aria-hidden="true">
        —
      </span>
      <span className="visually-hidden">not named</span>
    </>
  );
}
