import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonthPoint } from '@shared/domain/overviewFigures';
import { useFormatters } from '../../i18n/useFormatters';

/**
 * Cancellations closed per month (bars, left scale) and the cumulative monthly saving in one
 * currency (line, right scale), as plain SVG: two series need no charting library, and SVG keeps
 * the chart's text selectable, its colours the theme's (dark mode through CSS variables) and its
 * figures readable by a screen reader (the table under it).
 */
const width = 640;
const height = 240;
const margin = { top: 16, right: 64, bottom: 36, left: 40 };
const plotWidth = width - margin.left - margin.right;
const plotHeight = height - margin.top - margin.bottom;

/** A scale's top: the smallest of 1, 2, 5 × 10ⁿ at or above `max`, so its ticks are round. */
function niceTop(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((step) => step * power).find((top) => top >= max)!;
}

export default function ClosedPerMonthChart({ months, currencies }: { months: MonthPoint[]; currencies: string[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const [chosen, setChosen] = useState(currencies[0]);
  const currency = chosen !== undefined && currencies.includes(chosen) ? chosen : currencies[0];
  const selectId = useId();
  const monthName = useMemo(() => new Intl.DateTimeFormat(i18n.language, { year: 'numeric', month: 'short', timeZone: 'UTC' }), [i18n.language]);
  // Axis ticks in short form (15K, 1.5万): the exact figures are in the table and the money section.
  const tick = useMemo(() => new Intl.NumberFormat(i18n.language, { notation: 'compact', maximumFractionDigits: 1 }), [i18n.language]);
  const label = (month: string) => monthName.format(new Date(`${month}-01T00:00:00Z`));

  const closedTop = niceTop(Math.max(...months.map((point) => point.closed)));
  // The line is drawn, not summed: Number is exact enough for a pixel; the figures stay decimals.
  const saving = months.map((point) => (currency === undefined ? 0 : Number(point.cumulativeSaving[currency] ?? '0')));
  const savingTop = niceTop(Math.max(...saving));
  const step = plotWidth / months.length;
  // Thin bars for many months, never wider than a thumb for a few.
  const barWidth = Math.min(40, Math.max(2, step * 0.6));
  const x = (index: number) => margin.left + step * index + step / 2;
  const yClosed = (count: number) => margin.top + plotHeight - (count / closedTop) * plotHeight;
  const ySaving = (value: number) => margin.top + plotHeight - (value / savingTop) * plotHeight;
  // Cases are counted whole: a middle line only where it falls on a whole number.
  const fractions = closedTop % 2 === 0 ? [0, 0.5, 1] : [0, 1];
  const everyNth = Math.ceil(months.length / 8);
  const last = months.at(-1)!;
  const summary = t('overview.chartSummary', {
    closed: months.reduce((sum, point) => sum + point.closed, 0),
    months: months.length,
    saving: currency === undefined ? '—' : format.money(last.cumulativeSaving[currency] ?? '0', currency),
  });

  return (
    <div className="overview-chart">
      {currencies.length > 1 && (
        <div className="field overview-chart-currency">
          <label htmlFor={selectId}>{t('overview.chartCurrency')}</label>
          <select id={selectId} value={currency} onChange={(event) => setChosen(event.target.value)}>
            {currencies.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </div>
      )}
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary} className="overview-chart-svg">
        {fractions.map((fraction) => (
          <g key={fraction}>
            <line className="chart-grid" x1={margin.left} x2={margin.left + plotWidth} y1={yClosed(closedTop * fraction)} y2={yClosed(closedTop * fraction)} />
            <text className="chart-axis" x={margin.left - 6} y={yClosed(closedTop * fraction) + 4} textAnchor="end">
              {tick.format(closedTop * fraction)}
            </text>
            {currency !== undefined && (
              <text className="chart-axis chart-axis-saving" x={margin.left + plotWidth + 6} y={ySaving(savingTop * fraction) + 4} textAnchor="start">
                {tick.format(savingTop * fraction)}
              </text>
            )}
          </g>
        ))}
        {months.map((point, index) => (
          <g key={point.month}>
            {point.closed > 0 && (
              <rect className="chart-bar" x={x(index) - barWidth / 2} width={barWidth} y={yClosed(point.closed)} height={plotHeight + margin.top - yClosed(point.closed)}>
                <title>{`${label(point.month)}: ${t('overview.closedCount', { count: point.closed })}`}</title>
              </rect>
            )}
            {index % everyNth === 0 && (
              <text className="chart-axis" x={x(index)} y={height - margin.bottom + 16} textAnchor="middle">
                {label(point.month)}
              </text>
            )}
          </g>
        ))}
        {currency !== undefined && (
          <polyline className="chart-line" points={saving.map((value, index) => `${x(index)},${ySaving(value)}`).join(' ')} />
        )}
      </svg>
      <p className="overview-legend" aria-hidden="true">
        <span className="legend-bar" /> {t('overview.closed')} <span className="legend-line" />{' '}
        {currency === undefined ? t('overview.cumulativeSaving') : t('overview.cumulativeSavingIn', { currency })}
      </p>
      <table className="visually-hidden">
        <caption>{t('overview.chart')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('overview.month')}</th>
            <th scope="col">{t('overview.closed')}</th>
            {currency !== undefined && <th scope="col">{t('overview.cumulativeSaving')}</th>}
          </tr>
        </thead>
        <tbody>
          {months.map((point) => (
            <tr key={point.month}>
              <th scope="row">{label(point.month)}</th>
              <td>{point.closed}</td>
              {currency !== undefined && <td>{format.money(point.cumulativeSaving[currency] ?? '0', currency)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
