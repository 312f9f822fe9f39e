/**
 * The part of culori that plotly's colour module uses (converter, formatHex, formatRgb, wcagContrast,
 * wcagLuminance), with only the colour spaces those need: rgb (hex, rgb(), named colours), hsl (which
 * plotly converts to for lighter and darker shades) and linear rgb (WCAG luminance). plotly imports
 * culori's main entry, which registers all of its colour spaces; vite.config.ts points plotly's import
 * here instead. Every colour our figures hand plotly is hex or rgb()/rgba() (plotColors.test.ts).
 */
import { converter, formatHex, formatRgb, modeHsl, modeLrgb, modeRgb, useMode, wcagContrast, wcagLuminance } from 'culori/fn';

useMode(modeRgb);
useMode(modeHsl);
useMode(modeLrgb);

export { converter, formatHex, formatRgb, wcagContrast, wcagLuminance };
