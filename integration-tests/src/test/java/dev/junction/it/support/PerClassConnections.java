package dev.junction.it.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * The life cycle most suites share: Junction configured once per test class on fresh databases with every table
 * ({@link #databases()}), every table emptied before each test, and Junction shut down and the databases dropped
 * after the last test. A subclass's own {@code @BeforeAll} and {@code @BeforeEach} run after these.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PerClassConnections {

    /** The configuration of this class, open from before the first test to after the last. */
    protected TestConnections connections;

    /** The databases of this class's configuration, with its pool settings. */
    protected abstract TestConnections.Builder databases();

    @BeforeAll
    final void openConnections() {
        connections = databases().open();
    }

    @AfterAll
    final void closeConnections() {
        if (connections != null) {
            connections.close();
        }
    }

    @BeforeEach
    final void emptyTables() {
        connections.clearTables();
    }
}
