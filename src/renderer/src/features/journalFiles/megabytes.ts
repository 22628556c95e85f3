/** Bytes as megabytes with one decimal, in the interface's language (progress and limits of journal files). */
export function megabytes(bytes: number, language: string): string {
  return (bytes / (1024 * 1024)).toLocaleString(language, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
}
