import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { reportFooterTemplate, reportMarginsInches } from '../src/shared/reportFooter';

/** Clicks a button that saves a file and returns what the browser downloaded. */
export async function downloadOf(page: Page, click: () => Promise<void>, path: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  await download.saveAs(path);
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** Answers the file dialog that `click` opens with `path`. */
export async function chooseFile(page: Page, click: () => Promise<void>, path: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click()]);
  await chooser.setFiles(path);
}

export function writeJson(path: string, value: unknown): string {
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

/**
 * Prints the report view the way the desktop app does (Chromium's PDF printer with the same
 * footer and margins) and returns the PDF's text, as pdftotext extracts it. `-layout` keeps lines
 * as printed but pads words to line up with columns elsewhere on the page (a large title's words
 * can come out spread apart), so runs of spaces are read as one.
 */
export async function printReport(
  page: Page,
  path: string,
  footer: string,
  paper: 'A4' | 'Letter' = 'A4',
  language: 'en' | 'zh-CN' = 'en',
) {
  const inch = (value: number) => `${value}in`;
  await page.pdf({
    path,
    format: paper,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: reportFooterTemplate(footer, language),
    margin: {
      top: inch(reportMarginsInches.top),
      bottom: inch(reportMarginsInches.bottom),
      left: inch(reportMarginsInches.left),
      right: inch(reportMarginsInches.right),
    },
    tagged: true,
    outline: true,
  });
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/ {2,}/g, ' ');
}

/** `pdfinfo`'s fields (Pages, Tagged, Page size, …). */
export function pdfInfo(path: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter(Boolean).map((line) => {
    const index = line.indexOf(':');
    return [line.slice(0, index).trim(), line.slice(index + 1).trim()];
  }));
}
