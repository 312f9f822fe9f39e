/**
 * Light/dark theme: follows the system until the reader picks one; the choice persists. The `dark`
 * flag is reactive so plots can recolour. The first paint is set by the inline script in index.html.
 */
export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'kexue-theme';

const media = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;

function stored(): ThemeChoice {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

export const theme = $state({ choice: stored(), systemDark: media?.matches ?? false });

/** Whether the page is dark right now. */
export function isDark(): boolean {
  return theme.choice === 'dark' || (theme.choice === 'system' && theme.systemDark);
}

function apply() {
  document.documentElement.dataset.theme = isDark() ? 'dark' : 'light';
}

/** Sets and remembers the reader's choice. */
export function setTheme(choice: ThemeChoice): void {
  theme.choice = choice;
  try {
    if (choice === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    // Storage can be blocked (private mode, sandboxed iframes); the choice still holds for this visit.
  }
  apply();
}

media?.addEventListener('change', (e) => {
  theme.systemDark = e.matches;
  apply();
});
