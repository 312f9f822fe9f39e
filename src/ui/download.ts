/** Saving things the reader asked for: CSV of a widget's data, and text to the clipboard. */

/** A CSV table: header row, then one row per index; cells are numbers, bigints or strings. */
export function toCsv(columns: Record<string, ArrayLike<number | bigint | string>>): string {
  const names = Object.keys(columns);
  const rows = Math.max(0, ...names.map((n) => columns[n].length));
  const cell = (v: number | bigint | string | undefined) => {
    if (v === undefined) return '';
    if (typeof v === 'string') return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
    return String(v);
  };
  const lines = [names.map(cell).join(',')];
  for (let i = 0; i < rows; i++) lines.push(names.map((n) => cell(columns[n][i])).join(','));
  return lines.join('\n') + '\n';
}

/** Starts a download of `text` as a file. */
export function downloadText(filename: string, text: string, type = 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Copies text; resolves false where the clipboard is unavailable (the caller then shows the text). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
