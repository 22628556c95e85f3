/** Chromium's PDF footer: our line on the left, page numbers on the right (filled in by Chromium). */
export function reportFooterTemplate(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
  return `<div style="width:100%;font-size:8px;color:#555;padding:0 14mm;display:flex;justify-content:space-between;font-family:'Noto Sans','Noto Sans CJK SC',sans-serif"><span>${escaped}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;
}

export const reportMarginsInches = { top: 0.6, bottom: 0.75, left: 0.55, right: 0.55 } as const;
