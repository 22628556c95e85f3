import { createContext, useContext, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useJournal } from '../../journalContext';
import { sectionStore, useCollapsedSections } from './sectionState';

interface SectionSlot {
  /** Names the section in the remembered collapsed state; the same for every case and language. */
  id: string;
  /** Help for the section, shown behind its "?" button. */
  help?: ReactNode;
}

const SlotContext = createContext<SectionSlot | null>(null);

/**
 * Where the case page places a section: gives it the id its collapsed state is remembered by (and
 * help, for a section that does not bring its own), without the section having to know.
 */
export function SectionSlot({ id, help, children }: SectionSlot & { children: ReactNode }) {
  return <SlotContext.Provider value={{ id, help }}>{children}</SlotContext.Provider>;
}

interface SectionProps {
  title: string;
  children: ReactNode;
  /** Controls for the section's content (an "Add" button): shown while the section is open. */
  actions?: ReactNode;
  /** A short fact about the section (its progress): shown even while it is collapsed. */
  aside?: ReactNode;
  /** Help for the section, shown on demand. */
  help?: ReactNode;
}

/**
 * A titled part of the case, which collapses (remembered per section, for every case) from a
 * button inside its heading. Deliberately not labelled by its heading: "Balance" the heading would
 * otherwise collide with "Balance" the field for anyone finding fields by label.
 */
export function Section({ title, children, actions, aside, help }: SectionProps) {
  const slot = useContext(SlotContext);
  const { db } = useJournal();
  const collapsed = useCollapsedSections(db);
  const bodyId = useId();
  const helpText = help ?? slot?.help;
  const helpToggle = useHelpToggle();
  const open = !slot || !collapsed?.has(slot.id);
  return (
    <section className={`editor-section${open ? '' : ' collapsed'}`} data-section={slot?.id}>
      <div className="section-heading">
        <h2 id={`${bodyId}-title`}>
          {slot ? (
            <button
              type="button"
              className="section-toggle"
              aria-expanded={open}
              aria-controls={bodyId}
              onClick={() => sectionStore(db).setOpen(slot.id, !open)}
            >
              <Chevron open={open} />
              {title}
            </button>
          ) : (
            title
          )}
        </h2>
        {helpText && open && <HelpButton topicId={`${bodyId}-title`} help={helpToggle} />}
        <div className="section-tools">
          {aside}
          {open && actions}
        </div>
      </div>
      <div id={bodyId} className="section-body" hidden={!open}>
        {helpText && (
          <p id={helpToggle.id} className="help help-panel" hidden={!helpToggle.open}>
            {helpText}
          </p>
        )}
        {children}
      </div>
    </section>
  );
}

function Chevron({ open }: { open: boolean }) {
  return (
    <svg className="chevron" aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" data-open={open}>
      <path fill="none" stroke="currentColor" strokeWidth="2" d="M6 3.5 10.5 8 6 12.5" />
    </svg>
  );
}

/** The state of one "?" help toggle: its button and the help it shows are placed apart. */
export function useHelpToggle() {
  const [open, setOpen] = useState(false);
  const id = useId();
  return { open, id, toggle: () => setOpen((value) => !value) };
}

/**
 * A small "?" that shows help where it is needed, instead of every help text showing at once. It
 * says whether its help is showing (aria-expanded) and which element that is (aria-controls); it is
 * called "Help", described by what it helps with (`topicId`, the element naming the topic).
 */
export function HelpButton({ topicId, help }: { topicId: string; help: ReturnType<typeof useHelpToggle> }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="help-toggle"
      aria-expanded={help.open}
      aria-controls={help.id}
      aria-label={t('casePage.help')}
      aria-describedby={topicId}
      title={help.open ? t('casePage.hideHelp') : t('casePage.showHelp')}
      onClick={help.toggle}
    >
      ?
    </button>
  );
}
