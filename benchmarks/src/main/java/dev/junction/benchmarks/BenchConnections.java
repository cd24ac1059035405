package dev.junction.benchmarks;

import java.util.List;

/**
 * The connection names of the benchmark models. Junction refuses a configuration that leaves out a connection some
 * model uses, so every fixture configures all of them (the ones it does not use point at an empty in-memory H2).
 */
public final class BenchConnections {

    /** Holds {@link Author}, {@link Review} and {@link Chapter}: PostgreSQL on the servers. */
    public static final String PARENTS = "bench_parents";
    /** Holds {@link Book}: MariaDB on the servers, so that authors and their books are in different databases. */
    public static final String CHILDREN = "bench_children";

    /** Holds the Sakila films: the first PostgreSQL database. */
    public static final String SAKILA_FILMS = "sakila_films";
    /** Holds the Sakila inventory: MariaDB. */
    public static final String SAKILA_INVENTORY = "sakila_inventory";
    /** Holds the Sakila rentals: the second PostgreSQL database. */
    public static final String SAKILA_RENTALS = "sakila_rentals";
    /** Holds the Sakila payments: the first PostgreSQL database again. */
    public static final String SAKILA_PAYMENTS = "sakila_payments";

    /** Every connection name that a model of this module uses. */
    static final List<String> ALL =
            List.of(PARENTS, CHILDREN, SAKILA_FILMS, SAKILA_INVENTORY, SAKILA_RENTALS, SAKILA_PAYMENTS);

    private BenchConnections() {}
}
