import { useEffect, useState, type DragEvent } from 'react';
import { useEvidence } from './useEvidence';

function carriesFiles(event: DragEvent): boolean {
  return [...event.dataTransfer.types].includes('Files');
}

/**
 * Files dropped onto the case (or onto one of its steps: the innermost element with
 * `data-drop-step` says which), and a screenshot pasted anywhere on the page while the case is
 * open, become its evidence. A paste into a text field that carries text stays a paste of text.
 */
export function useDropAndPaste(caseId: string) {
  const evidence = useEvidence(caseId);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const files = [...(event.clipboardData?.files ?? [])];
      if (files.length === 0 || event.clipboardData?.types.includes('text/plain')) return;
      event.preventDefault();
      void evidence.addFiles(files, null, true);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [evidence]);

  return {
    dragging,
    dropTarget: {
      onDragOver: (event: DragEvent) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      },
      onDragLeave: (event: DragEvent) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      },
      onDrop: (event: DragEvent) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        setDragging(false);
        const step = (event.target as Element).closest<HTMLElement>('[data-drop-step]')?.dataset.dropStep ?? null;
        void evidence.addFiles([...event.dataTransfer.files], step);
      },
    },
  };
}
