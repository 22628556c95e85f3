import { lazy, memo, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useJournal } from './journalContext';
import { emptyFilter, hasJournalCases, isInJournal, trashCount, type CaseListFilter } from './db/caseListQuery';
import { settingsRepository } from './db/settingsRepository';
import { CaseListPane } from './features/caseList/CaseListPane';

// The first screen is the list; everything in the detail pane loads when first opened.
const CaseEditor = lazy(() => import('./features/caseEditor/CaseEditor'));
const NewCaseForm = lazy(() => import('./features/newCase/NewCaseForm'));
const SettingsView = lazy(() => import('./features/settings/SettingsView'));
const TrashedCase = lazy(() => import('./features/trash/TrashedCase'));
const FirstRun = lazy(() => import('./features/firstRun/FirstRun'));
const NeedsAttentionView = lazy(() => import('./features/reminders/NeedsAttentionView'));
const OverviewView = lazy(() => import('./features/overview/OverviewView'));
import { useShortcuts } from './useShortcuts';
import { IpcChannel } from '@shared/ipc/channels';
import { desktopBridge } from '@platform';
import { useJournalImport } from './features/journalFiles/journalImportContext';
import { AttentionProvider, AttentionSummary, ReminderDelivery, useAttention } from './features/reminders';
import { DeadlineExportProvider } from './features/calendar';

export type DetailView = { kind: 'none' } | { kind: 'case'; id: string } | { kind: 'new' } | { kind: 'settings' } | { kind: 'attention' } | { kind: 'overview' };

export function App() {
  return (
    <AttentionProvider>
      <DeadlineExportProvider>
        <JournalFrame />
      </DeadlineExportProvider>
    </AttentionProvider>
  );
}

function JournalFrame() {
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
  const newCase = useCallback(() => setDetail({ kind: 'new' }), []);
  const onCreated = useCallback((id: string) => {
    setFilter((current) => ({ ...current, view: 'journal' }));
    setDetail({ kind: 'case', id });
  }, []);
  useLastOpenCase(detail.kind === 'case' && !showTrash ? detail.id : null, setDetail);
  // A reminder opens its case in the journal (a clicked notification, an item of "Needs attention"),
  // as a case just created is opened.
  const openCase = onCreated;
  const showAttention = useCallback(() => setDetail({ kind: 'attention' }), []);
  const attention = useAttention();
  return (
    <div className="app">
      <ReminderDelivery onOpenCase={openCase} />
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
          <button type="button" onClick={() => void journalImport.start(() => desktopBridge.invoke(IpcChannel.openJournalFile, undefined))}>
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
          <button
            type="button"
            className={attention.caseIds.size > 0 ? 'attention-button has-items' : 'attention-button'}
            aria-pressed={detail.kind === 'attention'}
            onClick={showAttention}
          >
            {t('attention.open', { count: attention.count ?? 0 })}
          </button>
          {/* Not the home view: the list's first screen stays the only thing the app loads at start. */}
          <button type="button" aria-pressed={detail.kind === 'overview'} onClick={() => setDetail({ kind: 'overview' })}>
            {t('action.overview')}
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
        <DetailPane detail={detail} showTrash={showTrash} onCreated={onCreated} onClose={closeDetail} onNewCase={newCase} onOpenCase={openCase} onShowAttention={showAttention} />
      </main>
    </div>
  );
}

interface DetailPaneProps {
  detail: DetailView;
  showTrash: boolean;
  onCreated: (id: string) => void;
  onClose: () => void;
  onNewCase: () => void;
  onOpenCase: (id: string) => void;
  onShowAttention: () => void;
}

/** Memoised: typing in the search box must not re-render an open case. */
const DetailPane = memo(function DetailPane({ detail, showTrash, onCreated, onClose, onNewCase, onOpenCase, onShowAttention }: DetailPaneProps) {
  const { t } = useTranslation();
  return (
    <section className="detail-pane" aria-label={t('app.detail')}>
      <Suspense fallback={<p className="loading">{t('list.loading')}</p>}>
        {detail.kind === 'new' && <NewCaseForm onCreated={onCreated} onCancel={onClose} />}
        {detail.kind === 'settings' && <SettingsView />}
        {detail.kind === 'attention' && <NeedsAttentionView onOpenCase={onOpenCase} />}
        {detail.kind === 'overview' && <OverviewView needsAttention={<AttentionSummary onOpenCase={onOpenCase} onShowAll={onShowAttention} />} />}
        {detail.kind === 'case' &&
          (showTrash ? (
            <TrashedCase key={detail.id} id={detail.id} onGone={onClose} />
          ) : (
            <CaseEditor key={detail.id} id={detail.id} onGone={onClose} onShow={onCreated} />
          ))}
        {detail.kind === 'none' && <NothingOpen showTrash={showTrash} onCreated={onCreated} onNewCase={onNewCase} />}
      </Suspense>
    </section>
  );
});

/** With no case open: a hint, or, while the journal has no cases at all, what it is for and a way to start. */
function NothingOpen(props: { showTrash: boolean; onCreated: (id: string) => void; onNewCase: () => void }) {
  const { showTrash } = props;
  const { t } = useTranslation();
  const { db } = useJournal();
  // One step along an index, and only while no case is open.
  const hasCases = useLiveQuery(() => (showTrash ? true : hasJournalCases(db)), [db, showTrash]);
  if (hasCases === false) return <FirstRun onCreated={props.onCreated} onNewCase={props.onNewCase} />;
  return (
    <div className="empty-detail">
      {hasCases !== undefined && <p>{showTrash ? t('trash.hint') : t('list.pickOrCreate')}</p>}
    </div>
  );
}

/**
 * Remembers the open case in the settings, and opens it again at start-up unless it has gone to
 * the Trash or out of the journal since (or the user has opened something else meanwhile).
 */
function useLastOpenCase(openId: string | null, setDetail: (change: (current: DetailView) => DetailView) => void) {
  const { db } = useJournal();
  const settings = useMemo(() => settingsRepository(db), [db]);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const id = await settings.lastOpenCase();
      if (id === null || !(await isInJournal(db, id)) || cancelled) return;
      setDetail((current) => (current.kind === 'none' ? { kind: 'case', id } : current));
    })();
    return () => {
      cancelled = true;
    };
  }, [db, settings, setDetail]);
  useEffect(() => {
    if (openId !== null) settings.setLastOpenCase(openId).catch(() => undefined);
  }, [settings, openId]);
}
