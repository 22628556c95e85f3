import { useEffect, useState } from 'react';
import type { JournalCase } from '@shared/domain/caseSchema';
import { previewKindOf } from '@shared/evidence/attachmentFiles';
import type { JournalDatabase } from '../../db/journalDatabase';

/** Which attachments a report shows as images: live ones the app can show, ID documents only when chosen. */
export function embeddedInReport(journalCase: JournalCase, includeIdDocuments: boolean) {
  return journalCase.attachments.filter(
    (attachment) =>
      attachment.deletedAt === null &&
      previewKindOf(attachment.mediaType) === 'image' &&
      (attachment.kind !== 'id_document' || includeIdDocuments),
  );
}

/**
 * Addresses of the images the report embeds, by attachment id, made from their stored bytes while
 * the report is open (and let go when it closes or the choice changes). Only those bytes are read.
 */
export function useEvidenceImages(db: JournalDatabase, cases: readonly JournalCase[] | undefined, includeIdDocuments: boolean) {
  const [images, setImages] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    if (!cases) return;
    const wanted = cases.flatMap((c) => embeddedInReport(c, includeIdDocuments));
    let cancelled = false;
    const made: string[] = [];
    // Each from its file; one that cannot be read is left out of the report rather than failing it.
    void Promise.all(wanted.map((attachment) => db.attachmentFiles.read(attachment.sha256).catch(() => null))).then((contents) => {
      if (cancelled) return;
      const urls = new Map<string, string>();
      contents.forEach((bytes, index) => {
        const attachment = wanted[index]!;
        if (!bytes) return;
        const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: attachment.mediaType }));
        made.push(url);
        urls.set(attachment.id, url);
      });
      setImages(urls);
    });
    return () => {
      cancelled = true;
      made.forEach((url) => URL.revokeObjectURL(url));
    };
  }, [db, cases, includeIdDocuments]);
  return images;
}
