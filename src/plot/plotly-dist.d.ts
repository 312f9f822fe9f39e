// The prebuilt cartesian bundle ships without types; it has plotly.js's API.
declare module 'plotly.js-cartesian-dist-min' {
  import * as Plotly from 'plotly.js';
  export default Plotly;
}
