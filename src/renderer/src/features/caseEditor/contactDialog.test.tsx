// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { defaultTemplateFor } from '@shared/templates/builtInTemplates';
import type { ContactEntry } from '@shared/domain/timelineSchema';
import { resources } from '../../i18n/i18n';
import { JournalContext, type Journal } from '../../journalContext';
import { JournalDatabase } from '../../db/journalDatabase';
import { caseRepository, timelineOf } from '../../db/caseRepository';
import { NoticeProvider } from '../../notices';
import { ContactDialog } from './ContactDialog';
import { attachmentFilesInMemory } from '../../db/attachmentFiles';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources, lng: 'en', fallbackLng: 'en', interpolation: { escapeValue: false } });
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
});

let db: JournalDatabase;
beforeEach(() => {
  db = new JournalDatabase(`contact-${crypto.randomUUID()}`, attachmentFilesInMemory());
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

async function openDialog(correcting: ContactEntry | null = null, caseId?: string, country: string | null = null, withFile = false) {
  const cases = caseRepository(db);
  const id = caseId ?? (await cases.create(defaultTemplateFor('en'), { title: 'Axis eSIM', providerName: 'Axis', account: '', category: 'phone_esim', currency: 'IDR' })).id;
  if (withFile) await cases.attachments.add(id, { name: 'call-recording-notes.pdf', mediaType: 'application/pdf', bytes: new Uint8Array([37, 80, 68, 70]) });
  const attachments = (await cases.get(id))?.attachments ?? [];
  const onClose = vi.fn();
  const journal = { db, cases } as unknown as Journal;
  render(
    <I18nextProvider i18n={i18n}>
      <JournalContext.Provider value={journal}>
        <NoticeProvider>
          <ContactDialog caseId={id} attachments={attachments} correcting={correcting} country={country} onClose={onClose} />
        </NoticeProvider>
      </JournalContext.Provider>
    </I18nextProvider>,
  );
  return { id, onClose, cases };
}

describe('Add contact', () => {
  it('offers a follow-up in business days from the day of the contact, skipping the country\'s holidays, and sets it on the case', async () => {
    const user = userEvent.setup();
    const { id, onClose, cases } = await openDialog(null, undefined, 'ID');
    const at = screen.getByLabelText('Date and time');
    await user.clear(at);
    await user.type(at, '2026-03-18T10:00');
    await user.type(screen.getByLabelText('What was said'), 'They will answer in 3 business days');
    // 19 March Nyepi, 20–21 March Idul Fitri, then the weekend: three business days end on the 25th.
    const choice = await screen.findByRole('option', { name: 'In 3 business days (Mar 25, 2026)' });
    await user.selectOptions(screen.getByLabelText('Follow up'), choice);
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect((await cases.get(id))?.deadlines.followUpOn).toBe('2026-03-25');
    const change = (await timelineOf(db, id)).find((entry) => entry.kind === 'field');
    expect(change).toMatchObject({ field: 'followUpOn', from: null, to: '2026-03-25' });
  }, 15_000); // Loads the whole holiday library (1.4 MB of rules) and types key by key: near 5 s on a busy machine.

  it('sets no follow-up unless one is chosen', async () => {
    const user = userEvent.setup();
    const { id, onClose, cases } = await openDialog();
    await user.type(screen.getByLabelText('What was said'), 'Nothing yet');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect((await cases.get(id))?.deadlines.followUpOn).toBeNull();
  });

  it('saves what was typed, key by key, as a contact in the case history', async () => {
    const user = userEvent.setup();
    const { id, onClose } = await openDialog();
    const at = screen.getByLabelText('Date and time');
    await user.clear(at);
    await user.type(at, '2026-11-20T14:30');
    await user.selectOptions(screen.getByLabelText('Channel'), 'email');
    await user.type(screen.getByLabelText('Who'), 'Rina from billing');
    await user.type(screen.getByLabelText('What was said'), 'Refund approved');
    await user.type(screen.getByLabelText('Reference number given'), 'CS-4471');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const contact = (await timelineOf(db, id)).find((entry) => entry.kind === 'contact');
    expect(contact).toMatchObject({ on: '2026-11-20', channel: 'email', who: 'Rina from billing', said: 'Refund approved', reference: 'CS-4471', corrects: null });
    expect(contact?.kind === 'contact' && contact.at).toMatch(/^2026-11-20T14:30:00[+-]\d{2}:\d{2}$/);
  });

  it('links the attachments ticked to the contact, and names them in its words', async () => {
    const user = userEvent.setup();
    const { id, onClose, cases } = await openDialog(null, undefined, null, true);
    const file = (await cases.get(id))!.attachments[0]!;
    await user.type(screen.getByLabelText('What was said'), 'Sent them the notes of the call');
    await user.click(screen.getByRole('checkbox', { name: /call-recording-notes\.pdf/ }));
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const contact = (await timelineOf(db, id)).find((entry) => entry.kind === 'contact');
    expect(contact?.kind === 'contact' && contact.attachmentIds).toEqual([file.id]);
  });

  it('refuses a contact without what was said, or without its date and time, and saves nothing', async () => {
    const user = userEvent.setup();
    const { id, onClose } = await openDialog();
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    expect(screen.getByRole('alert').textContent).toBe('Write down what was said.');
    await user.type(screen.getByLabelText('What was said'), 'Refund approved');
    await user.clear(screen.getByLabelText('Date and time'));
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    expect(screen.getByRole('alert').textContent).toBe('Give the date and time of the contact.');
    expect(onClose).not.toHaveBeenCalled();
    expect((await timelineOf(db, id)).filter((entry) => entry.kind === 'contact')).toEqual([]);
  });

  it('says why a contact could not be saved, and stays open', async () => {
    const user = userEvent.setup();
    const { onClose } = await openDialog(null, 'no-such-case');
    await user.type(screen.getByLabelText('What was said'), 'Refund approved');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^The contact could not be saved: No case with id no-such-case/);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('a correction opens with the contact as it was and is saved beside it', async () => {
    const user = userEvent.setup();
    const cases = caseRepository(db);
    const made = await cases.create(defaultTemplateFor('en'), { title: 'Gym', providerName: 'FitCo', account: '', category: 'membership', currency: 'USD' });
    await cases.logContact(made.id, { at: '2026-11-20T14:30:00+07:00', channel: 'chat', who: 'Sam', said: 'Membership ends Dec 1', reference: 'T-1' });
    const first = (await timelineOf(db, made.id)).find((entry): entry is ContactEntry & { caseId: string } => entry.kind === 'contact')!;
    const { onClose } = await openDialog(first, made.id);
    expect(screen.getByRole('heading', { name: 'Correct contact' })).toBeTruthy();
    expect(screen.getByLabelText('What was said')).toHaveProperty('value', 'Membership ends Dec 1');
    const reference = screen.getByLabelText('Reference number given');
    await user.clear(reference);
    await user.type(reference, 'T-2');
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const contacts = (await timelineOf(db, made.id)).filter((entry) => entry.kind === 'contact');
    expect(contacts).toEqual([first, expect.objectContaining({ corrects: first.id, reference: 'T-2', said: 'Membership ends Dec 1', channel: 'chat' })]);
  });
});
