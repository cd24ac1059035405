package dev.junction.benchmarks;

/**
 * The connection names of the benchmark models: one database per table, so that every relation crosses databases.
 */
final class BenchConnections {

    /** Holds {@link Author}. */
    static final String PARENTS = "bench_parents";
    /** Holds {@link Book}. */
    static final String CHILDREN = "bench_children";
    /** Holds {@link Review}. */
    static final String REVIEWS = "bench_reviews";

    private BenchConnections() {}
}
