/** What `npm run bench` measures: routes for first-load size, and widget drags (default and largest sizes). */
export const routes = ['', '?notebook=rope-beta-base', '?page=gallery', '?embed=rope-digits', '?notebook=lion-optimizer', '?notebook=partitions', '?notebook=scaling-laws', '?notebook=random-segmentation', '?notebook=primes'];

/**
 * A drag on the embed page of `widget` (its address plus `query`): `param` names the slider to drag
 * (default: the widget's first), `waitMs` the wait for the last plot (default 1500).
 */
const drag = (name, widget, { query = '', param, waitMs } = {}) => ({
  name,
  url: `?embed=${widget}${query}`,
  widgetSelector: `[data-widget=${widget}]`,
  ...(param === undefined ? {} : { slider: `#embed-${param}-range` }),
  ...(waitMs === undefined ? {} : { waitMs }),
});

export const scenarios = [
  drag('rope-digits (defaults)', 'rope-digits'),
  drag('rope-digits (d = 256)', 'rope-digits', { query: '&dim=256', param: 'position' }),
  drag('rope-extension (defaults)', 'rope-extension', { param: 'base' }),
  drag('rope-extension (d = 256, target 131072, YaRN)', 'rope-extension', { query: '&dim=256&targetLength=131072&method=yarn', param: 'base' }),
  drag('rope-cos-map (defaults)', 'rope-cos-map', { param: 'base' }),
  drag('rope-cos-map (d = 256, 131072 positions, YaRN)', 'rope-cos-map', { query: '&dim=256&positions=131072&method=yarn', param: 'base' }),
  drag('rope-decay (defaults)', 'rope-decay', { param: 'base' }),
  drag('rope-decay (d = 256, target 131072, five methods)', 'rope-decay', { query: '&dim=256&targetLength=131072&llama3=true', param: 'base' }),
  drag('lion-landscape (defaults)', 'lion-landscape', { param: 'lionLr' }),
  drag('lion-landscape (4 optimizers × 10 000 steps)', 'lion-landscape', { query: '&steps=10000&noise=0.5', param: 'lionLr' }),
  // Sliders that change a figure's structure (bar count, axis ranges, heatmap grid, the contour picture
  // under the paths): the movers draw these too (plot/traceMover.ts, heatmapMover.ts, imageMover.ts).
  drag('rope-digits (dragging d: the bar count changes)', 'rope-digits', { param: 'dim' }),
  drag('rope-extension (dragging d: the pair count changes)', 'rope-extension', { param: 'dim' }),
  drag('rope-cos-map (dragging positions: the grid changes)', 'rope-cos-map', { param: 'positions' }),
  drag('rope-cos-map (dragging d: the grid changes)', 'rope-cos-map', { param: 'dim' }),
  drag('lion-landscape (dragging x₀: the view and its contour picture change)', 'lion-landscape', { param: 'x0' }),
  drag('lion-landscape (quadratic, dragging κ: a new contour picture per input)', 'lion-landscape', { query: '&objective=quadratic', param: 'condition' }),
  drag('lion-updates (defaults)', 'lion-updates', { param: 'lionLr' }),
  drag('lion-updates (4 optimizers × 10 000 steps)', 'lion-updates', { query: '&steps=10000&noise=0.5', param: 'lionLr' }),
  drag('lion-training (defaults; a long job, restarted per input)', 'lion-training', { param: 'lionLr', waitMs: 8000 }),
  drag('partitions-builder (parts 1…N, dragging N; a job past N ≈ 2400)', 'partitions-builder', { param: 'upTo', waitMs: 5000 }),
  drag('partitions-builder (coins, N = 20 000, dragging n)', 'partitions-builder', { query: '&parts=coins&upTo=20000', param: 'n' }),
  drag('partitions-euler (dragging N)', 'partitions-euler', { param: 'N' }),
  drag('partitions-franklin (dragging N)', 'partitions-franklin', { param: 'N' }),
  drag('partitions-pn (dragging n)', 'partitions-pn', { param: 'n' }),
  drag('partitions-pn (dragging the curve\'s range, up to n = 10⁶)', 'partitions-pn', { param: 'nMax' }),
  drag(
    'scaling-fit (dragging Huber δ; each settled value refits the 245 Chinchilla runs from 4 500 starts in a worker)',
    'scaling-fit',
    { param: 'delta', waitMs: 10000 },
  ),
  drag('scaling-optimal (your own constants, dragging α)', 'scaling-optimal', { query: '&law=custom', param: 'alpha' }),
  drag('scaling-quanta (defaults, K = 10 000, dragging α)', 'scaling-quanta', { param: 'alpha' }),
  drag('scaling-quanta (K = 100 000, dragging α)', 'scaling-quanta', { query: '&K=100000', param: 'alpha' }),
  drag('segment-alpha (dragging α)', 'segment-alpha', { param: 'alpha' }),
  drag('segment-real (ALBERT, 62 characters, dragging α)', 'segment-real', { param: 'alpha' }),
  drag('primes-sieve (dragging N: a new board from the worker per input)', 'primes-sieve', { param: 'N' }),
  drag('primes-sieve (N = 1200, 30 columns, stepping through the primes)', 'primes-sieve', { query: '&N=1200&columns=30', param: 'step' }),
  drag('primes-lucy (dragging x: a new table per input, up to 10^5)', 'primes-lucy', { param: 'x' }),
  // Authors' own figures, declared in the author guide (issue 18): addressed by page and id, drawn by the kind's view.
  { name: 'plot block (2 000 points × 3 curves, dragging ω)', url: '?embed=guide/three', widgetSelector: '[data-widget=plot]', slider: '#embed-w-range' },
  { name: 'map block (200 × 200 with 12 contour levels, dragging c)', url: '?embed=guide/valley', widgetSelector: '[data-widget=map]', slider: '#embed-c-range' },
];
