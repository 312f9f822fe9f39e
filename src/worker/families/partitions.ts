/** Partition kernels (the partitions-* widgets). */
export { builderSeries, eulerCounts, partitionsConvergence, partitionsCurve, partitionsExact } from '../../compute/partitionsJobs';
export { listPartitions } from '../../compute/partitionsList';
