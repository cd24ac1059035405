package dev.junction.benchmarks;

import dev.junction.benchmarks.hibernate.HandWrittenHibernate;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What every benchmark here but Sakila shares: the filled databases, configured for Junction, and the hand-written
 * alternatives over the same data.
 */
@State(Scope.Benchmark)
public abstract class DatabaseBenchmark {

    /** The databases, filled. */
    protected BenchDatabases fixture;
    /** Hand-written JDBC over the same data. */
    protected HandWrittenJdbc jdbc;
    /** Hand-written jOOQ over the same data. */
    protected HandWrittenJooq jooq;
    /** Hibernate over the same data. */
    protected HandWrittenHibernate hibernate;

    /** Which databases to use: {@code h2} or {@code servers} (see {@link BenchDatabases#open}). */
    protected abstract String databasePair();

    /** Creates and fills the databases, configures Junction and builds Hibernate's session factories. */
    @Setup
    public void openDatabases() {
        fixture = BenchDatabases.open(databasePair());
        jdbc = new HandWrittenJdbc(fixture);
        jooq = new HandWrittenJooq(fixture);
        hibernate = new HandWrittenHibernate(fixture);
    }

    /** Closes Hibernate, shuts Junction down and drops the tables. */
    @TearDown
    public void closeDatabases() {
        try {
            hibernate.close();
        } finally {
            fixture.close();
        }
    }
}
