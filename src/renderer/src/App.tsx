import { lazy, memo, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useJournal } from './journalContext';
import { emptyFilter, trashCount, type CaseListFilter } from './db/caseListQuery';
import { CaseListPane } from './features/caseList/CaseListPane';

// The first screen is the list; everything in the detail pane loads when first opened.
const CaseEditor = lazy(() => import('./features/caseEditor/CaseEditor'));
const NewCaseForm = lazy(() => import('./features/newCase/NewCaseForm'));
const SettingsView = lazy(() => import('./features/settings/SettingsView'));
const TrashedCase = lazy(() => import('./features/trash/TrashedCase'));
import { useShortcuts } from './useShortcuts';
import { IpcChannel } from '@shared/ipc/channels';
import { desktopBridge } from './platform/desktopBridge';
import { useJournalImport } from './features/journalFiles/journalImportContext';

export type DetailView = { kind: 'none' } | { kind: 'case'; id: string } | { kind: 'new' } | { kind: 'settings' };

export function App() {
  const { t } = useTranslation();
  const { db } = useJournal();
  const [filter, setFilter] = useState<CaseListFilter>(emptyFilter);
  const [detail, setDetail] = useState<DetailView>({ kind: 'none' });
  const searchInput = useRef<HTMLInputElement>(null);
  const trashed = useLiveQuery(() => trashCount(db), [db]) ?? 0;
  const journalImport = useJournalImport();

  useShortcuts({
    newCase: () => setDetail({ kind: 'new' }),
    search: () => {
      searchInput.current?.focus();
      searchInput.current?.select();
    },
  });

  useEffect(() => {
    document.title = t('app.name');
    // Tests and the benchmark wait for this instead of guessing with timeouts.
    document.documentElement.dataset.journalReady = 'true';
  }, [t]);

  const showTrash = filter.view === 'trash';
  const closeDetail = useCallback(() => setDetail({ kind: 'none' }), []);
  const selectCase = useCallback((id: string) => setDetail({ kind: 'case', id }), []);
  const onCreated = useCallback((id: string) => {
    setFilter((current) => ({ ...current, view: 'journal' }));
    setDetail({ kind: 'case', id });
  }, []);
  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">{t('app.name')}</h1>
        <nav className="header-actions" aria-label={t('app.mainActions')}>
          <button
            type="button"
            className="primary"
            aria-keyshortcuts="Control+N Meta+N"
            title={t('shortcut.newCase')}
            onClick={() => setDetail({ kind: 'new' })}
          >
            {t('action.newCase')}
          </button>
          <button type="button" onClick={() => void journalImport.start(() => desktopBridge.invoke(IpcChannel.openJournalJson, undefined))}>
            {t('action.importJson')}
          </button>
          <button
            type="button"
            aria-pressed={showTrash}
            onClick={() => {
              setFilter({ ...filter, view: showTrash ? 'journal' : 'trash' });
              setDetail({ kind: 'none' });
            }}
          >
            {showTrash ? t('action.backToJournal') : t('action.openTrash', { count: trashed })}
          </button>
          <button type="button" aria-pressed={detail.kind === 'settings'} onClick={() => setDetail({ kind: 'settings' })}>
            {t('action.settings')}
          </button>
        </nav>
      </header>
      <main className="app-body">
        <CaseListPane
          filter={filter}
          onFilterChange={setFilter}
          selectedId={detail.kind === 'case' ? detail.id : null}
          onSelect={selectCase}
          searchInput={searchInput}
          onTrashEmptied={closeDetail}
          trashTotal={trashed}
        />
        <DetailPane detail={detail} showTrash={showTrash} onCreated={onCreated} onClose={closeDetail} />
      </main>
    </div>
  );
}

interface DetailPaneProps {
  detail: DetailView;
  showTrash: boolean;
  onCreated: (id: string) => void;
  onClose: () => void;
}

/** Memoised: typing in the search box must not re-render an open case. */
const DetailPane = memo(function DetailPane({ detail, showTrash, onCreated, onClose }: DetailPaneProps) {
  const { t } = useTranslation();
  return (
    <section className="detail-pane" aria-label={t('app.detail')}>
      <Suspense fallback={<p className="loading">{t('list.loading')}</p>}>
        {detail.kind === 'new' && <NewCaseForm onCreated={onCreated} onCancel={onClose} />}
        {detail.kind === 'settings' && <SettingsView />}
        {detail.kind === 'case' &&
          (showTrash ? (
            <TrashedCase key={detail.id} id={detail.id} onGone={onClose} />
          ) : (
            <CaseEditor key={detail.id} id={detail.id} onGone={onClose} />
          ))}
        {detail.kind === 'none' && (
          <div className="empty-detail">
            <p>{showTrash ? t('trash.hint') : t('list.pickOrCreate')}</p>
          </div>
        )}
      </Suspense>
    </section>
  );
});
