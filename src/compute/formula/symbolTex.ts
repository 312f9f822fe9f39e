/** How a formula's symbol names are typeset: Greek names as letters, `a_1` with a subscript, long names upright. */

const GREEK = new Set([
  'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'varepsilon', 'zeta', 'eta', 'theta', 'vartheta', 'iota', 'kappa', 'lambda', 'mu', 'nu',
  'xi', 'pi', 'varpi', 'rho', 'varrho', 'sigma', 'varsigma', 'tau', 'upsilon', 'phi', 'varphi', 'chi', 'psi', 'omega',
  'Gamma', 'Delta', 'Theta', 'Lambda', 'Xi', 'Pi', 'Sigma', 'Upsilon', 'Phi', 'Psi', 'Omega',
]);

function part(name: string): string {
  if (GREEK.has(name)) return `\\${name}`;
  if (name.length <= 1 || /^\d+$/.test(name)) return name;
  return `\\mathrm{${name}}`;
}

/**
 * TeX of a symbol name, as a group (mathjs writes `2\cdot` before it, so a bare letter would make
 * `\cdotx`): `alpha` → `{\alpha}`, `x` → `{x}`, `lr` → `{\mathrm{lr}}`, `theta_i` → `{\theta_{i}}`.
 */
export function symbolTex(name: string): string {
  const cut = name.indexOf('_');
  if (cut <= 0 || cut === name.length - 1) return `{${part(name)}}`;
  return `{${part(name.slice(0, cut))}_{${name.slice(cut + 1).split('_').map(part).join(',')}}}`;
}
