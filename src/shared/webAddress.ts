/** Whether `text` is an absolute http(s) address: the only kind the app ever hands to the OS to open. */
export function isWebAddress(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
