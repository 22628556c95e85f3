import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import { caseStatuses, categories, type CaseStatus, type Category } from '@shared/domain/caseSchema';
import type { CaseListFilter } from '../../db/caseListQuery';
import { filterKey, useCaseListIds, useCaseRows } from './useCaseList';
import { CaseRow, caseRowHeight } from './CaseRow';
import { EmptyTrashButton } from '../trash/EmptyTrashButton';
import { useJournalExport } from '../journalFiles/useJournalExport';
import { useOpenReport } from '../report/reportContext';

interface CaseListPaneProps {
  filter: CaseListFilter;
  onFilterChange: (filter: CaseListFilter) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  searchInput: RefObject<HTMLInputElement | null>;
  onTrashEmptied: () => void;
  trashTotal: number;
}

export function CaseListPane(props: CaseListPaneProps) {
  const { t } = useTranslation();
  const { filter, onFilterChange } = props;
  const listed = useCaseListIds(filter);
  const ids = listed?.ids;
  const exportJson = useJournalExport();
  const openReport = useOpenReport();
  const filtered = filter.text !== '' || filter.status !== null || filter.category !== null;
  const scroller = useRef<HTMLDivElement>(null);
  const count = ids?.length ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => caseRowHeight,
    overscan: 8,
    getItemKey: (index) => ids?.[index] ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const start = items[0]?.index ?? 0;
  const end = (items[items.length - 1]?.index ?? -1) + 1;
  const loadedRows = useCaseRows(ids ?? [], start, end);
  const rows = loadedRows ?? new Map();
  const visibleIds = ids?.slice(start, end) ?? [];
  const shown = listed !== undefined && loadedRows !== undefined && visibleIds.every((id) => loadedRows.has(id));
  const shownKey = shown ? filterKey(listed.filter) : '';

  useEffect(() => {
    // Marks the first time real rows are on screen, for the benchmark's "open" figure.
    if (shown && visibleIds.length > 0 && performance.getEntriesByName('journal:first-rows').length === 0) {
      requestAnimationFrame(() => performance.mark('journal:first-rows'));
    }
  }, [shown, visibleIds.length]);

  const moveSelection = (delta: number) => {
    if (!ids || ids.length === 0) return;
    const current = props.selectedId ? ids.indexOf(props.selectedId) : -1;
    const next = Math.min(ids.length - 1, Math.max(0, current + delta));
    const id = ids[next];
    if (id) {
      props.onSelect(id);
      virtualizer.scrollToIndex(next);
      requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`[data-case-id="${id}"]`)?.focus());
    }
  };

  const inTrash = filter.view === 'trash';
  return (
    <section className="list-pane" aria-label={inTrash ? t('trash.title') : t('list.title')} data-shown-filter={shownKey}>
      <div className="list-toolbar">
        <input
          ref={props.searchInput}
          type="search"
          className="search"
          aria-label={t('list.search')}
          placeholder={t('list.searchPlaceholder')}
          aria-keyshortcuts="Control+F Meta+F /"
          value={filter.text}
          onChange={(event) => onFilterChange({ ...filter, text: event.target.value })}
        />
        <div className="filters">
          <label className="visually-hidden" htmlFor="status-filter">
            {t('list.statusFilter')}
          </label>
          <select
            id="status-filter"
            value={filter.status ?? ''}
            onChange={(event) => onFilterChange({ ...filter, status: (event.target.value || null) as CaseStatus | null })}
          >
            <option value="">{t('list.allStatuses')}</option>
            {caseStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
          <label className="visually-hidden" htmlFor="category-filter">
            {t('list.categoryFilter')}
          </label>
          <select
            id="category-filter"
            value={filter.category ?? ''}
            onChange={(event) => onFilterChange({ ...filter, category: (event.target.value || null) as Category | null })}
          >
            <option value="">{t('list.allCategories')}</option>
            {categories.map((category) => (
              <option key={category} value={category}>
                {t(`category.${category}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="list-summary">
          <p className="list-count" role="status" aria-live="polite">
            {ids === undefined ? t('list.loading') : t(inTrash ? 'trash.count' : 'list.count', { count })}
          </p>
          {inTrash ? (
            <EmptyTrashButton count={props.trashTotal} onEmptied={props.onTrashEmptied} />
          ) : (
            <div className="list-actions">
              <button
                type="button"
                disabled={!ids || count === 0}
                title={filtered ? t('list.exportShown') : t('list.exportAll')}
                onClick={() => void exportJson(filtered && ids ? { kind: 'cases', ids } : { kind: 'all' })}
              >
                {t('action.exportJson')}
              </button>
              <button
                type="button"
                disabled={!ids || count === 0}
                title={filtered ? t('list.exportShown') : t('list.exportAll')}
                onClick={() => ids && openReport({ ids, scope: 'journal' })}
              >
                {t('action.exportPdf')}
              </button>
            </div>
          )}
        </div>
      </div>
      <div
        ref={scroller}
        className="case-list"
        role="listbox"
        aria-label={inTrash ? t('trash.title') : t('list.cases')}
        tabIndex={-1}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            moveSelection(event.key === 'ArrowDown' ? 1 : -1);
          }
        }}
      >
        {ids !== undefined && count === 0 && (
          <p className="list-empty">
            {inTrash ? t('trash.empty') : filter.text || filter.status || filter.category ? t('list.noMatch') : t('list.empty')}
          </p>
        )}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const id = ids?.[item.index];
            if (!id) return null;
            return (
              <CaseRow
                key={item.key}
                id={id}
                journalCase={rows.get(id)}
                top={item.start}
                position={item.index + 1}
                setSize={count}
                selected={props.selectedId === id}
                onSelect={props.onSelect}
              />
            );
          })}
        </div>
      </div>
    </section>
  );
}
