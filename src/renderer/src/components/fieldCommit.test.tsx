// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { useState, type ReactNode } from 'react';
import { resources } from '../i18n/i18n';
import { DateField } from './DateField';
import { AmountField } from './AmountField';
import { WholeNumberField } from './WholeNumberField';
import { TextField } from './TextField';
import { CurrencyField } from './CurrencyField';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources, lng: 'en', fallbackLng: 'en', interpolation: { escapeValue: false } });
});
afterEach(cleanup);

function inEnglish(children: ReactNode) {
  return render(<I18nextProvider i18n={i18n}>{children}</I18nextProvider>);
}

/** A field over a stored value, as the case editor has it: saving changes what the field is given. */
function Stored<T>({ initial, onSave, field }: { initial: T; onSave: (value: T) => void; field: (value: T, save: (value: T) => void) => ReactNode }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      {field(value, (next) => {
        onSave(next);
        setValue(next);
      })}
      <output data-testid="stored">{String(value)}</output>
    </>
  );
}

const stored = () => screen.getByTestId('stored').textContent;

describe('fields that can refuse a value store it only once it is complete', () => {
  it('a refused date typed over a good one stores nothing, not even its valid prefix', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    inEnglish(<Stored initial={'2026-11-02' as string | null} onSave={onSave} field={(value, save) => <DateField label="Submitted on" value={value} onSave={save} />} />);
    const input = screen.getByLabelText('Submitted on');
    await user.tripleClick(input);
    await user.keyboard('2026-02-30');
    expect(screen.getByRole('alert').textContent).toBe('This date does not exist.');
    await user.tab();
    // 2026-02-03 was valid on the way; it must never have been stored.
    expect(onSave).not.toHaveBeenCalled();
    expect(stored()).toBe('2026-11-02');
    expect(input).toHaveProperty('value', '2026-02-30');
    expect(screen.getByRole('alert').textContent).toBe('This date does not exist.');
  });

  it('Escape puts the stored date back', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    inEnglish(<Stored initial={'2026-11-02' as string | null} onSave={onSave} field={(value, save) => <DateField label="Submitted on" value={value} onSave={save} />} />);
    const input = screen.getByLabelText('Submitted on');
    await user.tripleClick(input);
    await user.keyboard('2026-02-3');
    await user.keyboard('{Escape}');
    expect(input).toHaveProperty('value', '2026-11-02');
    await user.tab();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('a complete date is stored once, on Enter or on leaving the field', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    inEnglish(<Stored initial={'2026-11-02' as string | null} onSave={onSave} field={(value, save) => <DateField label="Submitted on" value={value} onSave={save} />} />);
    const input = screen.getByLabelText('Submitted on');
    await user.tripleClick(input);
    await user.keyboard('2026/11/3{Enter}');
    expect(onSave.mock.calls).toEqual([['2026-11-03']]);
    expect(input).toHaveProperty('value', '2026-11-03');
  });

  it('erasing a date and mistyping keeps the stored date', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    inEnglish(<Stored initial={'2026-11-02' as string | null} onSave={onSave} field={(value, save) => <DateField label="Submitted on" value={value} onSave={save} />} />);
    await user.tripleClick(screen.getByLabelText('Submitted on'));
    await user.keyboard('{Backspace}2026-1x');
    await user.tab();
    expect(onSave).not.toHaveBeenCalled();
    expect(stored()).toBe('2026-11-02');
  });

  it('an amount typed key by key is stored whole: 1.500.000 in IDR, never 1', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    inEnglish(<Stored initial={null as string | null} onSave={onSave} field={(value, save) => <AmountField label="Balance" currency="IDR" value={value} onSave={save} />} />);
    await user.click(screen.getByLabelText('Balance'));
    await user.keyboard('1.500.000');
    // The grouped value is read back while typing, before anything is stored.
    expect(screen.getByTestId('amount-preview').textContent).toBe('IDR\u00a01,500,000');
    expect(onSave).not.toHaveBeenCalled();
    await user.tab();
    expect(onSave.mock.calls).toEqual([['1500000']]);
    expect(screen.getByLabelText('Balance')).toHaveProperty('value', '1,500,000');
  });

  it('12.345 CNY is refused with its reason and stores nothing, not 12.34', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    inEnglish(<Stored initial={'5' as string | null} onSave={onSave} field={(value, save) => <AmountField label="Balance" currency="CNY" value={value} onSave={save} />} />);
    await user.tripleClick(screen.getByLabelText('Balance'));
    await user.keyboard('12.345');
    await user.tab();
    expect(onSave).not.toHaveBeenCalled();
    expect(stored()).toBe('5');
    expect(screen.getByRole('alert').textContent).toBe('CNY has at most 2 decimals.');
  });

  it('an ambiguous or foreign amount is refused with an example in the currency', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    inEnglish(<Stored initial={null as string | null} onSave={onSave} field={(value, save) => <AmountField label="Balance" currency="IDR" value={value} onSave={save} />} />);
    await user.click(screen.getByLabelText('Balance'));
    await user.keyboard('fifteen');
    await user.tab();
    expect(screen.getByRole('alert').textContent).toBe('Enter an amount, e.g. IDR\u00a015,000.');
    await user.tripleClick(screen.getByLabelText('Balance'));
    await user.keyboard('USD 15');
    await user.tab();
    expect(screen.getByRole('alert').textContent).toBe('This amount is in IDR. To use another currency, change the currency first.');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('a review of 400 days is refused, and 40 is never stored on the way', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    inEnglish(
      <Stored initial={5 as number | null} onSave={onSave} field={(value, save) => <WholeNumberField label="Review" min={0} max={365} value={value} onSave={save} />} />,
    );
    await user.tripleClick(screen.getByLabelText('Review'));
    await user.keyboard('400{Enter}');
    expect(onSave).not.toHaveBeenCalled();
    expect(stored()).toBe('5');
    expect(screen.getByRole('alert').textContent).toBe('Enter a number from 0 to 365.');
    await user.keyboard('{Backspace}{Backspace}{Backspace}10');
    await user.tab();
    expect(onSave.mock.calls).toEqual([[10]]);
  });

  it('a currency is stored once its code is complete, not letter by letter', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    inEnglish(<Stored initial={'USD'} onSave={onSave} field={(value, save) => <CurrencyField label="Currency" value={value} onSave={save} />} />);
    await user.tripleClick(screen.getByLabelText('Currency'));
    await user.keyboard('idr');
    expect(onSave).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    expect(onSave.mock.calls).toEqual([['IDR']]);
  });
});

describe('free text saves as it is typed', () => {
  it('every keystroke is a value the user may mean; Escape goes back to what the field held', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    inEnglish(<Stored initial={'Old note'} onSave={onSave} field={(value, save) => <TextField label="Notes" value={value} onSave={save} />} />);
    await user.tripleClick(screen.getByLabelText('Notes'));
    await user.keyboard('New');
    expect(onSave.mock.calls.map(([value]) => value)).toEqual(['N', 'Ne', 'New']);
    await user.keyboard('{Escape}');
    expect(stored()).toBe('Old note');
  });

  it('a required title that is emptied keeps the stored title', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    inEnglish(<Stored initial={'Axis eSIM'} onSave={onSave} field={(value, save) => <TextField label="Title" required value={value} onSave={save} />} />);
    await user.tripleClick(screen.getByLabelText('Title'));
    await user.keyboard('{Backspace}');
    await user.tab();
    expect(onSave).not.toHaveBeenCalled();
    expect(stored()).toBe('Axis eSIM');
  });
});
