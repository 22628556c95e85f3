import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useJournal } from './journalContext';
import { emptyFilter, trashCount, type CaseListFilter } from './db/caseListQuery';
import { CaseListPane } from './features/caseList/CaseListPane';
import { CaseEditor } from './features/caseEditor/CaseEditor';
import { NewCaseForm } from './features/newCase/NewCaseForm';
import { SettingsView } from './features/settings/SettingsView';
import { TrashedCase } from './features/trash/TrashedCase';
import { CurrencyOptions } from './components/CurrencyField';
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
          onSelect={(id) => setDetail({ kind: 'case', id })}
          searchInput={searchInput}
          onTrashEmptied={() => setDetail({ kind: 'none' })}
          trashTotal={trashed}
        />
        <section className="detail-pane" aria-label={t('app.detail')}>
          {detail.kind === 'new' && (
            <NewCaseForm
              onCreated={(id) => {
                setFilter({ ...filter, view: 'journal' });
                setDetail({ kind: 'case', id });
              }}
              onCancel={() => setDetail({ kind: 'none' })}
            />
          )}
          {detail.kind === 'settings' && <SettingsView />}
          {detail.kind === 'case' &&
            (showTrash ? (
              <TrashedCase key={detail.id} id={detail.id} onGone={() => setDetail({ kind: 'none' })} />
            ) : (
              <CaseEditor key={detail.id} id={detail.id} onGone={() => setDetail({ kind: 'none' })} />
            ))}
          {detail.kind === 'none' && (
            <div className="empty-detail">
              <p>{showTrash ? t('trash.hint') : t('list.pickOrCreate')}</p>
            </div>
          )}
        </section>
      </main>
      <CurrencyOptions />
    </div>
  );
}
