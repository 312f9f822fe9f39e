/** Partition kernels (the partitions-* widgets). */
export { builderSeries, eulerCounts, franklinCounts, partitionsConvergence, partitionsCurve, partitionsExact } from '../../compute/partitions/widgets';
export { listPartitions } from '../../compute/partitions/list';
