// Modules inside plotly.js (pinned in package.json) that our partial bundle (plotlyBundle.ts) is built
// from: plain CommonJS without types of their own.
declare module 'plotly.js/build/plotcss';
declare module 'plotly.js/src/registry' {
  const Registry: { register(modules: unknown): void };
  export default Registry;
}
declare module 'plotly.js/src/*' {
  const plotlyModule: unknown;
  export default plotlyModule;
}
