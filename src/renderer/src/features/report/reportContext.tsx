import { createContext, lazy, Suspense, useContext, useMemo, useState, type ReactNode } from 'react';

export interface ReportJob {
  /** The cases in the report, in the order shown. */
  ids: readonly string[];
  /** One case's report, or the journal report (summary table, then a section per case). */
  scope: 'case' | 'journal';
}

const ReportContext = createContext<((job: ReportJob) => void) | null>(null);

// The report is not part of the first screen: it loads when first asked for.
const ReportPreview = lazy(() => import('./ReportPreview'));

export function useOpenReport() {
  const open = useContext(ReportContext);
  if (!open) throw new Error('useOpenReport outside ReportProvider');
  return open;
}

export function ReportProvider({ children }: { children: ReactNode }) {
  const [job, setJob] = useState<ReportJob | null>(null);
  const open = useMemo(() => (next: ReportJob) => setJob(next), []);
  return (
    <ReportContext.Provider value={open}>
      {children}
      {job && (
        <Suspense fallback={null}>
          <ReportPreview job={job} onClose={() => setJob(null)} />
        </Suspense>
      )}
    </ReportContext.Provider>
  );
}
