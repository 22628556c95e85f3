import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
// Bundled as a module worker served from the app's own origin: no blob: or eval in the CSP.
import PdfWorker from 'pdfjs-dist/build/pdf.worker.min.mjs?worker';

/** Pages drawn at most: a preview, not a reader (Save a copy opens the whole file elsewhere). */
const maxPages = 10;
const pageWidth = 640;

let worker: Worker | undefined;
function pdfWorker(): Worker {
  worker ??= new PdfWorker();
  return worker;
}

/**
 * A PDF's pages drawn with pdf.js onto canvases. Loaded only when a PDF is previewed (the module is
 * imported lazily by AttachmentPreview); the document is parsed in pdf.js's own worker, with
 * scripting, eval and remote fetching off — the file is untrusted.
 */
export default function PdfPages({ bytes, name }: { bytes: Uint8Array; name: string }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    let document: PDFDocumentProxy | undefined;
    GlobalWorkerOptions.workerPort ??= pdfWorker();
    const task = getDocument({
      // pdf.js takes ownership of the buffer it is given: hand it a copy, the stored bytes stay whole.
      data: bytes.slice(),
      isEvalSupported: false,
      enableXfa: false,
      useWorkerFetch: false,
      useWasm: false,
      stopAtErrors: false,
    });
    void (async () => {
      try {
        document = await task.promise;
        if (cancelled) return;
        setPages(document.numPages);
        const shown = Math.min(document.numPages, maxPages);
        for (let number = 1; number <= shown && !cancelled; number += 1) {
          const page = await document.getPage(number);
          const unscaled = page.getViewport({ scale: 1 });
          const scale = (pageWidth / unscaled.width) * (window.devicePixelRatio || 1);
          const viewport = page.getViewport({ scale });
          const canvas = window.document.createElement('canvas');
          canvas.width = Math.ceil(viewport.width);
          canvas.height = Math.ceil(viewport.height);
          canvas.className = 'pdf-page';
          canvas.setAttribute('role', 'img');
          canvas.setAttribute('aria-label', `${name} — ${t('evidence.pdfPage', { page: number, pages: document.numPages })}`);
          if (cancelled) return;
          container.current?.append(canvas);
          await page.render({ canvas, viewport }).promise;
        }
      } catch (error) {
        if (!cancelled) setFailure(error instanceof Error ? error.message : String(error));
      }
    })();
    const target = container.current;
    return () => {
      cancelled = true;
      target?.replaceChildren();
      void task.destroy();
    };
  }, [bytes, name, t]);

  if (failure) return <p className="help">{t('evidence.previewFailed', { message: failure })}</p>;
  return (
    <div className="pdf-preview" data-pages={pages ?? undefined}>
      <div ref={container} className="pdf-pages" />
      {pages !== null && pages > maxPages && <p className="help">{t('evidence.pdfMorePages', { count: maxPages })}</p>}
    </div>
  );
}
