/** Browser entry: styles, theme, the shell, and a test hook for worker recovery. */
import 'katex/dist/katex.min.css';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { crashWorkerForTest } from '../worker/client';

mount(App, { target: document.getElementById('app')! });

// Lets the e2e suite crash the worker and watch a widget recover; harmless for readers.
(window as unknown as { __kexue: unknown }).__kexue = { crashWorker: crashWorkerForTest };
