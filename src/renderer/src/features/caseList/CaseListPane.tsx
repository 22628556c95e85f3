import { useCallback, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import { caseStatuses, categories } from '@shared/domain/caseVocabulary';
import { proofLevels } from '@shared/evidence/proofStatus';
import type { CaseListFilter } from '../../db/caseListQuery';
import { filterKey, useListedCases, useVisibleRows } from './useCaseList';
import { CaseRow } from './CaseRow';
import { useCaseRowText } from './caseRowText';
import { caseRowHeight } from './caseRowHeight';
import { observeListSize } from './observeListSize';
import { EmptyTrashButton } from '../trash';
import { useArchiveExport, useJournalExport } from '../journalFiles';
import { ExportDeadlinesButton } from '../calendar';
import { useOpenReport } from '../report';
import { useJournal } from '../../journalContext';
import { useAttention } from '../reminders';
import { FilterSelect } from './FilterSelect';

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
  const { onFilterChange, onSelect } = props;
  const attention = useAttention();
  // The attention filter lists the cases that need attention now: as they change, so does the filter.
  const filter = useMemo(
    () =>
      props.filter.attention === null || props.filter.attention === attention.caseIds
        ? props.filter
        : // Nothing in the Trash needs attention: there the filter is off.
          { ...props.filter, attention: props.filter.view === 'trash' ? null : attention.caseIds },
    [props.filter, attention.caseIds],
  );
  const rowText = useCaseRowText();
  const { list } = useJournal();
  const listed = useListedCases(filter);
  const exportJson = useJournalExport();
  const exportArchive = useArchiveExport();
  const openReport = useOpenReport();
  const filtered = filter.text !== '' || filter.status !== null || filter.category !== null || filter.proof !== null || filter.attention !== null;
  const scroller = useRef<HTMLDivElement>(null);
  const count = listed?.source.total ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => caseRowHeight,
    overscan: 4,
    // The window's height until the list is measured, so its very first render already has rows
    // (a few more than fit), and the first paint needs no second render.
    initialRect: { width: 0, height: window.innerHeight },
    observeElementRect: observeListSize,
  });
  const items = virtualizer.getVirtualItems();
  const start = items[0]?.index ?? 0;
  const end = (items[items.length - 1]?.index ?? -1) + 1;
  const visible = useVisibleRows(listed, start, end);
  const current = visible !== undefined && visible.listed === listed ? visible : undefined;
  const idAt = (index: number) => (current ? current.ids[index - current.start] : undefined);
  const shown =
    listed !== undefined &&
    current !== undefined &&
    current.complete &&
    current.start <= start &&
    current.start + current.ids.length >= Math.min(end, count);
  const firstScreen = shown && count > 0;

  useLayoutEffect(() => {
    // Marks the frame that first paints real rows, for the benchmark's "open" figure (asked for
    // right after the rows reach the DOM, as the benchmark's raw page does).
    if (firstScreen && performance.getEntriesByName('journal:first-rows').length === 0) {
      requestAnimationFrame(() => performance.mark('journal:first-rows'));
    }
  }, [firstScreen]);

  const selectedIndex = useRef(-1);
  const selectedPosition = current && props.selectedId ? current.ids.indexOf(props.selectedId) : -1;
  if (selectedPosition >= 0 && current) selectedIndex.current = current.start + selectedPosition;
  // Stable, like every other prop of a row, so rows re-render only when their own case changes.
  const select = useCallback(
    (id: string, index: number) => {
      selectedIndex.current = index;
      onSelect(id);
    },
    [onSelect],
  );
  /** Selects the case `delta` places from the selected one, or the first (`'first'`) or last (`'last'`). */
  const moveSelection = async (delta: number | 'first' | 'last') => {
    if (!listed || count === 0) return;
    const target = delta === 'first' ? 0 : delta === 'last' ? count - 1 : selectedIndex.current + delta;
    const next = Math.min(count - 1, Math.max(0, target));
    const [entry] = await listed.source.entriesFor(next, next + 1);
    const id = entry?.id;
    if (!id) return;
    select(id, next);
    virtualizer.scrollToIndex(next);
    requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`[data-case-id="${id}"]`)?.focus());
  };
  // One row is reached with Tab (the arrows do the rest): the selected case when it is drawn, else
  // the first row drawn, so a list with nothing selected is not skipped by the keyboard.
  const tabbableId = selectedPosition >= 0 ? props.selectedId : idAt(start);
  const listedIds = () => list.idsFor(filter);

  const inTrash = filter.view === 'trash';
  return (
    <section
      className="list-pane"
      aria-label={inTrash ? t('trash.title') : t('list.title')}
      data-shown-filter={shown ? filterKey(listed.filter) : ''}
    >
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
          <FilterSelect
            id="status-filter"
            label={t('list.statusFilter')}
            allLabel={t('list.allStatuses')}
            values={caseStatuses}
            value={filter.status}
            labelOf={(status) => t(`status.${status}`)}
            onChange={(status) => onFilterChange({ ...filter, status })}
          />
          <FilterSelect
            id="category-filter"
            label={t('list.categoryFilter')}
            allLabel={t('list.allCategories')}
            values={categories}
            value={filter.category}
            labelOf={(category) => t(`category.${category}`)}
            onChange={(category) => onFilterChange({ ...filter, category })}
          />
          <FilterSelect
            id="proof-filter"
            label={t('proof.filter')}
            allLabel={t('proof.all')}
            values={proofLevels}
            value={filter.proof}
            labelOf={(level) => t(`proof.level.${level}`)}
            onChange={(proof) => onFilterChange({ ...filter, proof })}
          />
          {!inTrash && (
            <label className="attention-filter">
              <input
                type="checkbox"
                checked={filter.attention !== null}
                onChange={(event) => onFilterChange({ ...filter, attention: event.target.checked ? attention.caseIds : null })}
              />
              {t('list.attentionFilter')}
            </label>
          )}
        </div>
        <div className="list-summary">
          <p className="list-count" role="status" aria-live="polite">
            {listed === undefined ? t('list.loading') : t(inTrash ? 'trash.count' : 'list.count', { count })}
          </p>
          {inTrash ? (
            <EmptyTrashButton count={props.trashTotal} onEmptied={props.onTrashEmptied} />
          ) : (
            <div className="list-actions">
              <button
                type="button"
                disabled={count === 0}
                title={filtered ? t('list.exportShown') : t('list.exportAll')}
                onClick={() => void (filtered ? listedIds().then((ids) => exportJson({ kind: 'cases', ids })) : exportJson({ kind: 'all' }))}
              >
                {t('action.exportJson')}
              </button>
              <button
                type="button"
                disabled={count === 0}
                title={filtered ? t('list.exportShown') : t('list.exportAll')}
                onClick={() => void (filtered ? listedIds().then((ids) => exportArchive({ kind: 'cases', ids })) : exportArchive({ kind: 'all' }))}
              >
                {t('action.exportArchive')}
              </button>
              <button
                type="button"
                disabled={count === 0}
                title={filtered ? t('list.exportShown') : t('list.exportAll')}
                onClick={() => void listedIds().then((ids) => openReport({ ids, scope: 'journal' }))}
              >
                {t('action.exportPdf')}
              </button>
              {/* Every case's deadlines, whatever the list shows: a filter that shows none does not empty the journal. */}
              <ExportDeadlinesButton />
            </div>
          )}
        </div>
      </div>
      {/* A listbox must hold options: an empty list is a plain box that says why it is empty (the
          count above announces it too), and becomes the listbox when the first case comes. The box
          itself stays, since the virtualiser scrolls it. */}
      <div
        ref={scroller}
        className="case-list"
        role={count > 0 ? 'listbox' : undefined}
        aria-label={count > 0 ? (inTrash ? t('trash.title') : t('list.cases')) : undefined}
        tabIndex={-1}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            void moveSelection(event.key === 'ArrowDown' ? 1 : -1);
          } else if (event.key === 'Home' || event.key === 'End') {
            event.preventDefault();
            void moveSelection(event.key === 'Home' ? 'first' : 'last');
          }
        }}
      >
        {listed !== undefined && count === 0 && (
          <p className="list-empty">
            {inTrash ? t('trash.empty') : filtered ? t('list.noMatch') : t('list.empty')}
          </p>
        )}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const id = idAt(item.index);
            return (
              <CaseRow
                key={id ?? `pending-${item.index}`}
                id={id ?? null}
                index={item.index}
                row={id ? current?.rows.get(id) : undefined}
                top={item.start}
                setSize={count}
                selected={id !== undefined && props.selectedId === id}
                tabbable={id !== undefined && id === tabbableId}
                onSelect={select}
                text={rowText}
                needsAttention={id !== undefined && attention.caseIds.has(id)}
              />
            );
          })}
        </div>
      </div>
    </section>
  );
}
