/** What `npm run bench` measures: routes for first-load size, and widget drags (default and largest sizes). */
export const routes = ['', '?notebook=rope-beta-base', '?page=gallery', '?embed=rope-digits', '?notebook=lion-optimizer', '?notebook=partitions', '?notebook=scaling-laws'];

/** `slider` picks the control to drag (default: the widget's first slider); `waitMs` the wait for the last plot (default 1500). */
export const scenarios = [
  { name: 'rope-digits (defaults)', url: '?embed=rope-digits', widgetSelector: '[data-widget=rope-digits]' },
  { name: 'rope-digits (d = 256)', url: '?embed=rope-digits&dim=256', widgetSelector: '[data-widget=rope-digits]', slider: '#embed-position-range' },
  { name: 'rope-extension (defaults)', url: '?embed=rope-extension', widgetSelector: '[data-widget=rope-extension]', slider: '#embed-base-range' },
  {
    name: 'rope-extension (d = 256, target 131072, YaRN)',
    url: '?embed=rope-extension&dim=256&targetLength=131072&method=yarn',
    widgetSelector: '[data-widget=rope-extension]',
    slider: '#embed-base-range',
  },
  { name: 'rope-cos-map (defaults)', url: '?embed=rope-cos-map', widgetSelector: '[data-widget=rope-cos-map]', slider: '#embed-base-range' },
  {
    name: 'rope-cos-map (d = 256, 131072 positions, YaRN)',
    url: '?embed=rope-cos-map&dim=256&positions=131072&method=yarn',
    widgetSelector: '[data-widget=rope-cos-map]',
    slider: '#embed-base-range',
  },
  { name: 'rope-decay (defaults)', url: '?embed=rope-decay', widgetSelector: '[data-widget=rope-decay]', slider: '#embed-base-range' },
  {
    name: 'rope-decay (d = 256, target 131072, five methods)',
    url: '?embed=rope-decay&dim=256&targetLength=131072&llama3=true',
    widgetSelector: '[data-widget=rope-decay]',
    slider: '#embed-base-range',
  },
  { name: 'lion-landscape (defaults)', url: '?embed=lion-landscape', widgetSelector: '[data-widget=lion-landscape]', slider: '#embed-lionLr-range' },
  {
    name: 'lion-landscape (4 optimizers × 10 000 steps)',
    url: '?embed=lion-landscape&steps=10000&noise=0.5',
    widgetSelector: '[data-widget=lion-landscape]',
    slider: '#embed-lionLr-range',
  },
  // Sliders that change a figure's structure (bar count, heatmap grid, the contour image under the
  // paths): plotly redraws the figure on each input, so these miss the budgets (README, known misses).
  { name: 'rope-digits (dragging d: the bar count changes)', url: '?embed=rope-digits', widgetSelector: '[data-widget=rope-digits]', slider: '#embed-dim-range' },
  { name: 'rope-cos-map (dragging positions: the grid changes)', url: '?embed=rope-cos-map', widgetSelector: '[data-widget=rope-cos-map]', slider: '#embed-positions-range' },
  { name: 'lion-landscape (dragging x₀: the contour image changes)', url: '?embed=lion-landscape', widgetSelector: '[data-widget=lion-landscape]', slider: '#embed-x0-range' },
  { name: 'lion-updates (defaults)', url: '?embed=lion-updates', widgetSelector: '[data-widget=lion-updates]', slider: '#embed-lionLr-range' },
  {
    name: 'lion-updates (4 optimizers × 10 000 steps)',
    url: '?embed=lion-updates&steps=10000&noise=0.5',
    widgetSelector: '[data-widget=lion-updates]',
    slider: '#embed-lionLr-range',
  },
  { name: 'lion-training (defaults; a long job, restarted per input)', url: '?embed=lion-training', widgetSelector: '[data-widget=lion-training]', slider: '#embed-lionLr-range', waitMs: 8000 },
  {
    name: 'partitions-builder (parts 1…N, dragging N; a job past N ≈ 2400)',
    url: '?embed=partitions-builder',
    widgetSelector: '[data-widget=partitions-builder]',
    slider: '#embed-upTo-range',
    waitMs: 5000,
  },
  {
    name: 'partitions-builder (coins, N = 20 000, dragging n)',
    url: '?embed=partitions-builder&parts=coins&upTo=20000',
    widgetSelector: '[data-widget=partitions-builder]',
    slider: '#embed-n-range',
  },
  { name: 'partitions-euler (dragging N)', url: '?embed=partitions-euler', widgetSelector: '[data-widget=partitions-euler]', slider: '#embed-N-range' },
  { name: 'partitions-pn (dragging n)', url: '?embed=partitions-pn', widgetSelector: '[data-widget=partitions-pn]', slider: '#embed-n-range' },
  {
    name: 'scaling-fit (dragging Huber δ; each settled value refits the 245 Chinchilla runs from 4 500 starts in a worker)',
    url: '?embed=scaling-fit',
    widgetSelector: '[data-widget=scaling-fit]',
    slider: '#embed-delta-range',
    waitMs: 10000,
  },
  { name: 'scaling-optimal (your own constants, dragging α)', url: '?embed=scaling-optimal&law=custom', widgetSelector: '[data-widget=scaling-optimal]', slider: '#embed-alpha-range' },
  { name: 'scaling-quanta (defaults, K = 10 000, dragging α)', url: '?embed=scaling-quanta', widgetSelector: '[data-widget=scaling-quanta]', slider: '#embed-alpha-range' },
  { name: 'scaling-quanta (K = 100 000, dragging α)', url: '?embed=scaling-quanta&K=100000', widgetSelector: '[data-widget=scaling-quanta]', slider: '#embed-alpha-range' },
];
