/**
 * Search in the browser: the dialog and the /search/ page. Loaded with a dynamic import the first time search
 * is opened (or the search page connects), so it adds nothing to a page's initial JavaScript. The markup is
 * server-rendered by SearchDialog.astro and pages/search/index.astro.
 */
import { search, type LoadedIndex } from '../../lib/search/search';
import { withBase } from '../../lib/url';
import { clearRecentSearches, recentSearches, rememberSearch } from '../../stores/recent-searches';
import { loadSiteIndex } from './load';
import { fill, readLabels, renderList, renderListbox } from './render';

const LIMIT = 30;

/** Wires a search dialog once; returns how to open it. */
function setup(dialog: HTMLDialogElement): () => void {
  const get = <T extends Element>(selector: string) => dialog.querySelector<T>(selector);
  const input = get<HTMLInputElement>('input');
  const listbox = get<HTMLElement>('[role="listbox"]');
  const status = get<HTMLElement>('[role="status"]');
  const empty = get<HTMLElement>('[data-empty]');
  const recentBox = get<HTMLElement>('[data-recent]');
  const recentList = get<HTMLElement>('[data-recent] ul');
  const pageLink = get<HTMLAnchorElement>('[data-page-link]');
  const retry = get<HTMLButtonElement>('[data-retry]');
  if (!input || !listbox || !status || !empty || !recentBox || !recentList || !pageLink || !retry) return () => dialog.showModal();
  const labels = readLabels(dialog);
  const text = dialog.dataset;
  let index: LoadedIndex | undefined;
  let options: HTMLAnchorElement[] = [];
  let active = -1;

  const setActive = (i: number) => {
    active = i;
    options.forEach((option, j) => option.setAttribute('aria-selected', String(j === i)));
    const option = options[i];
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const showRecent = () => {
    const recent = recentSearches();
    recentBox.hidden = recent.length === 0;
    recentList.replaceChildren(
      ...recent.map((query) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'secondary';
        button.dataset['suggest'] = query;
        button.textContent = query;
        item.append(button);
        return item;
      }),
    );
  };

  const run = () => {
    const query = input.value;
    pageLink.href = withBase('/search/') + (query.trim() ? `?q=${encodeURIComponent(query.trim())}` : '');
    pageLink.hidden = !query.trim();
    retry.hidden = true;
    if (!query.trim()) {
      options = [];
      listbox.replaceChildren();
      listbox.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      setActive(-1);
      status.textContent = '';
      empty.hidden = false;
      showRecent();
      return;
    }
    empty.hidden = true;
    if (!index) {
      status.textContent = text['loading'] ?? '';
      loadSiteIndex().then(
        (loaded) => {
          index = loaded;
          run();
        },
        (error: Error) => {
          status.textContent = fill(text['failed'], { reason: error.message });
          retry.hidden = false;
        },
      );
      return;
    }
    const hits = search(index, query, LIMIT);
    options = renderListbox(listbox, hits, labels, 'rxtray-search-option');
    listbox.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
    status.textContent =
      hits.length === 0 ? fill(text['none'], { query }) : fill(hits.length === 1 ? text['countOne'] : text['count'], { count: hits.length, query });
    setActive(hits.length > 0 ? 0 : -1);
  };

  const choose = (option: HTMLAnchorElement) => {
    rememberSearch(input.value);
    dialog.close();
    location.assign(option.href);
  };

  input.addEventListener('input', run);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + options.length) % options.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = options[active];
      if (option) choose(option);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
    }
  });
  listbox.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a')) {
      rememberSearch(input.value);
      dialog.close();
    }
  });
  dialog.addEventListener('click', (event) => {
    const suggestion = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-suggest]') : null;
    if (suggestion) {
      input.value = suggestion.dataset['suggest'] ?? '';
      input.focus();
      run();
    } else if (event.target instanceof Element && event.target.closest('[data-clear]')) {
      clearRecentSearches();
      showRecent();
      input.focus();
    } else if (event.target instanceof Element && event.target.closest('[data-close]')) {
      dialog.close();
    } else if (event.target === dialog) {
      dialog.close(); // a click on the backdrop
    }
  });
  retry.addEventListener('click', () => {
    run();
    input.focus();
  });

  return () => {
    if (!dialog.open) {
      dialog.showModal();
      input.select();
    }
    input.focus();
    run();
    loadSiteIndex().then((loaded) => (index = loaded), () => undefined);
  };
}

const opened = new WeakMap<HTMLDialogElement, () => void>();

/** Opens the search dialog (wiring it the first time). */
export function openSearch(dialog: HTMLDialogElement): void {
  let open = opened.get(dialog);
  if (!open) {
    open = setup(dialog);
    opened.set(dialog, open);
  }
  open();
}

/** Wires the search page: /search/?q=… shows the results for q, and typing keeps the address shareable. */
export function mountSearchPage(root: HTMLElement): void {
  const form = root.querySelector('form');
  const input = root.querySelector('input');
  const status = root.querySelector<HTMLElement>('[role="status"]');
  const results = root.querySelector<HTMLElement>('.search-page-results');
  if (!form || !input || !status || !results) return;
  const labels = readLabels(root);
  const text = root.dataset;
  const run = async (query: string) => {
    const url = new URL(location.href);
    if (query.trim()) url.searchParams.set('q', query.trim());
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
    if (!query.trim()) {
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = text['loading'] ?? '';
    try {
      const index = await loadSiteIndex();
      if (input.value !== query) return; // a newer query is on its way
      const hits = search(index, query, 50);
      renderList(results, hits, labels);
      status.textContent =
        hits.length === 0 ? fill(text['none'], { query }) : fill(hits.length === 1 ? text['countOne'] : text['count'], { count: hits.length, query });
    } catch (error) {
      status.textContent = fill(text['failed'], { reason: error instanceof Error ? error.message : String(error) });
    }
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 120);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(input.value);
  });
  results.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a')) rememberSearch(input.value);
  });
  const initial = new URLSearchParams(location.search).get('q') ?? '';
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
