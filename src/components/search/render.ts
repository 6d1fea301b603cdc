/** Draws search results, grouped by kind, with the matches marked. Text only: nothing is parsed as HTML. */
import type { Mark } from '../../lib/search/snippet';
import type { SearchHit } from '../../lib/search/search';
import type { SearchKind } from '../../lib/search/records';

/** UI strings the results need, read from the server-rendered markup. */
export interface ResultLabels {
  kinds: Record<SearchKind, string>;
}

/** `text` with each marked range in a <mark>. */
export function marked(text: string, marks: readonly Mark[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const [start, end] of [...marks].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    fragment.append(text.slice(at, start));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    fragment.append(mark);
    at = end;
  }
  fragment.append(text.slice(at));
  return fragment;
}

function span(className: string, content: string | DocumentFragment): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  el.append(content);
  return el;
}

/** A result's link: title, where it belongs, a warning if any, and the snippet. */
function hitLink(hit: SearchHit): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = hit.url;
  link.className = 'rxtray-hit';
  link.append(span('rxtray-hit-title', marked(hit.title, hit.titleMarks)));
  if (hit.parent) link.append(span('rxtray-hit-parent', hit.parent));
  if (hit.warning) link.append(span('rxtray-hit-warning', hit.warning));
  link.append(span('rxtray-hit-snippet', marked(hit.snippet, hit.snippetMarks)));
  return link;
}

/** Hits grouped by kind, groups in the order of their best hit. */
export function groupHits(hits: readonly SearchHit[]): [SearchKind, SearchHit[]][] {
  const groups = new Map<SearchKind, SearchHit[]>();
  for (const hit of hits) groups.set(hit.kind, [...(groups.get(hit.kind) ?? []), hit]);
  return [...groups];
}

/**
 * Results for the dialog's combobox: a listbox of groups of options (links with role="option", ids
 * `${idPrefix}-N` in reading order). Returns the options in that order.
 */
export function renderListbox(listbox: HTMLElement, hits: readonly SearchHit[], labels: ResultLabels, idPrefix: string): HTMLAnchorElement[] {
  const options: HTMLAnchorElement[] = [];
  listbox.replaceChildren(
    ...groupHits(hits).map(([kind, group]) => {
      const section = document.createElement('div');
      section.setAttribute('role', 'group');
      const label = document.createElement('div');
      label.className = 'rxtray-hit-group';
      label.id = `${idPrefix}-group-${kind}`;
      label.setAttribute('role', 'presentation');
      label.textContent = labels.kinds[kind];
      section.setAttribute('aria-labelledby', label.id);
      section.append(label);
      for (const hit of group) {
        const link = hitLink(hit);
        link.id = `${idPrefix}-${options.length}`;
        link.setAttribute('role', 'option');
        link.setAttribute('aria-selected', 'false');
        link.tabIndex = -1;
        options.push(link);
        section.append(link);
      }
      return section;
    }),
  );
  return options;
}

/** Results for the search page: a heading and a list of links per group. */
export function renderList(container: HTMLElement, hits: readonly SearchHit[], labels: ResultLabels): void {
  container.replaceChildren(
    ...groupHits(hits).map(([kind, group]) => {
      const section = document.createElement('section');
      const heading = document.createElement('h2');
      heading.className = 'rxtray-hit-group';
      heading.textContent = labels.kinds[kind];
      const list = document.createElement('ul');
      list.className = 'rxtray-hits';
      for (const hit of group) {
        const item = document.createElement('li');
        item.append(hitLink(hit));
        list.append(item);
      }
      section.append(heading, list);
      return section;
    }),
  );
}

/** Reads the labels a component rendered into `data-labels` (JSON of kind → label). */
export function readLabels(el: HTMLElement): ResultLabels {
  try {
    return { kinds: JSON.parse(el.dataset['labels'] ?? '{}') as Record<SearchKind, string> };
  } catch {
    return { kinds: {} as Record<SearchKind, string> };
  }
}

/** Fills `{name}` placeholders of a UI string rendered into a data attribute. */
export function fill(template: string | undefined, vars: Record<string, string | number>): string {
  return (template ?? '').replace(/\{(\w+)\}/g, (m, name: string) => String(vars[name] ?? m));
}
