package dev.junction.benchmarks;

import dev.junction.benchmarks.sakila.Film;
import dev.junction.benchmarks.sakila.FilmQueries;
import dev.junction.benchmarks.sakila.SakilaJdbc;
import dev.junction.benchmarks.sakila.SakilaJooq;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Sakila data set over three databases ({@link SakilaDatabases}): 1 000 films, 4 581 copies in the inventory,
 * 16 044 rentals and 16 049 payments, 37 674 rows, loaded as films with their inventory, its rentals and their
 * payments. Junction sends four statements on the servers (one per level); the hand-written JDBC sends the same
 * four, jOOQ one {@code IN} query per level. On {@code h2}, where key lists go in {@code IN} lists of at most a
 * thousand, Junction and JDBC send 24.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class SakilaBenchmark {

    /** {@code servers}: two PostgreSQL databases and MariaDB; {@code h2}: three in-memory H2 databases. */
    @Param("h2")
    public String databases;

    private SakilaDatabases fixture;
    private SakilaJdbc jdbc;
    private SakilaJooq jooq;

    /** Loads the data set into the databases and configures Junction. */
    @Setup
    public void openDatabases() {
        fixture = SakilaDatabases.open(databases, SakilaDatabases.ALL_FILMS);
        jdbc = new SakilaJdbc(fixture);
        jooq = new SakilaJooq(fixture);
    }

    /** Shuts Junction down and drops the tables. */
    @TearDown
    public void closeDatabases() {
        fixture.close();
    }

    /** Junction: {@code FilmQueries.withInventory(i -> i.withRentals(r -> r.withPayments())).all()}. */
    @Benchmark
    public List<Film> junction() {
        return FilmQueries.withInventory(inventory -> inventory.withRentals(rentals -> rentals.withPayments())).all();
    }

    /** Plain JDBC: the same four statements, mapped by position. */
    @Benchmark
    public List<Film> jdbc() {
        return jdbc.films();
    }

    /** jOOQ: one query per level, mapped by lambdas. */
    @Benchmark
    public List<Film> jooqLambda() {
        return jooq.films();
    }

    /** jOOQ: one query per level, mapped by {@code fetchInto(Class)}. */
    @Benchmark
    public List<Film> jooqFetchInto() {
        return jooq.filmsInto();
    }
}
