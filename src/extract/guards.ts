// Inputs that are not Arabic news text get a clear warning and no events, never a crash.
export const MAX_TEXT = 10 * 1024 * 1024;

export function inputWarning(text: string): string | null {
  if (text.trim() === '') return 'empty text';
  const sample = text.slice(0, 20_000);
  let control = 0;
  let arabic = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
    else if (c >= 0x0600 && c <= 0x06ff) arabic++;
  }
  if (control > sample.length * 0.02) return 'binary or corrupt text (control characters); nothing extracted';
  if (arabic < 20) return 'no Arabic text found; nothing extracted';
  return null;
}
