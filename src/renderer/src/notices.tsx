import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';

/**
 * How a notice is said: `(t) => t('report.saved', { path })`. A notice keeps this, not a finished
 * sentence, so that one raised before the language is switched reads in the new language (an
 * error stays until dismissed); and the call is an ordinary `t()`, whose key and values are typed.
 */
export type NoticeText = (t: TFunction) => string;

interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: NoticeText;
  action?: NoticeAction;
}

/** Something the user can do about what a notice says (Undo); its label is said the same way. */
export interface NoticeAction {
  label: NoticeText;
  run: () => void;
}

type Notify = (kind: Notice['kind'], text: NoticeText, action?: NoticeAction) => void;

const NoticeContext = createContext<Notify | null>(null);

/** Tells the user how something they started in the background ended (saved where, failed why). */
export function useNotify() {
  const notify = useContext(NoticeContext);
  if (!notify) throw new Error('useNotify outside NoticeProvider');
  return notify;
}

let nextId = 1;

/** `pinned`: a notice that is not raised and dismissed but stays while its cause lasts (failing backups). */
export function NoticeProvider({ children, pinned }: { children: ReactNode; pinned?: ReactNode }) {
  const { t } = useTranslation();
  const [notices, setNotices] = useState<Notice[]>([]);
  const dismiss = (id: number) => setNotices((all) => all.filter((notice) => notice.id !== id));
  const notify = useCallback<Notify>((kind, text, action) => {
    const id = nextId++;
    setNotices((all) => [...all.slice(-2), { id, kind, text, action }]);
    // Errors stay until dismissed; confirmations fade on their own, a little later when they offer something to do.
    if (kind === 'info') setTimeout(() => dismiss(id), action ? 12_000 : 8000);
  }, []);
  const value = useMemo(() => notify, [notify]);
  return (
    <NoticeContext.Provider value={value}>
      {children}
      <div className="notices" role="status" aria-live="polite">
        {notices
          .filter((notice) => notice.kind === 'info')
          .map((notice) =>
            notice.action ? (
              <div key={notice.id} className="notice-card with-action">
                <p>{notice.text(t)}</p>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    dismiss(notice.id);
                    notice.action?.run();
                  }}
                >
                  {notice.action.label(t)}
                </button>
              </div>
            ) : (
              <p key={notice.id} className="notice-card">
                {notice.text(t)}
              </p>
            ),
          )}
      </div>
      <div className="notices errors">
        {pinned}
        {notices
          .filter((notice) => notice.kind === 'error')
          .map((notice) => (
            <div key={notice.id} className="notice-card error" role="alert">
              <p>{notice.text(t)}</p>
              <button type="button" className="link-button" onClick={() => dismiss(notice.id)}>
                {t('action.dismiss')}
              </button>
            </div>
          ))}
      </div>
    </NoticeContext.Provider>
  );
}
