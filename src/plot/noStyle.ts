// Stands in for maplibre-gl's stylesheet, which plotly's registry imports for map subplots: our
// partial bundle has none (vite.config.ts points the import here).
export {};
