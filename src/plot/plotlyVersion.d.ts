// plotly.js's own version string (CommonJS, without types), read by plotlyInternals.ts.
declare module 'plotly.js/src/version' {
  export const version: string;
}
