/** Browser entry: styles, theme, the shell; in test builds only, the e2e suite's hooks. */
import 'katex/dist/katex.min.css';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });

// `vite build --mode e2e` (npm test's browser build) only: the condition is false in any other build,
// so the bundler drops the hooks and their chunk from what readers download.
if (import.meta.env.MODE === 'e2e') void import('./testHooks').then((m) => m.installTestHooks());
