package dev.junction.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.junction.TransactionOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The after-commit hook that model events and cache invalidation build on: work registered inside a transaction runs
 * after its outermost commit, never after a rollback, and work of a savepoint that rolls back is dropped.
 */
class AfterCommitTest {

    private final List<String> ran = new ArrayList<>();
    private JunctionRuntime runtime;

    @BeforeEach
    void configure() {
        runtime = JunctionRuntime.current();
        runtime.configure(Map.of("default", Map.of("driver", "h2", "database", "after_commit_" + System.nanoTime())));
    }

    @AfterEach
    void shutdown() {
        JunctionRuntime.shutdown();
    }

    private void run(TransactionBodyThatMayFail body) {
        runtime.transaction("default", TransactionOptions.defaults(), () -> {
            body.run();
            return null;
        });
    }

    @FunctionalInterface
    private interface TransactionBodyThatMayFail {
        void run();
    }

    @Test
    void outsideATransactionTheHookRunsAtOnce() {
        runtime.afterCommit("default", () -> ran.add("now"));
        assertEquals(List.of("now"), ran);
    }

    @Test
    void insideATransactionTheHooksRunAfterTheCommitInOrder() {
        run(() -> {
            runtime.afterCommit("default", () -> ran.add("first"));
            runtime.afterCommit("default", () -> ran.add("second"));
            assertEquals(List.of(), ran, "nothing before the commit");
        });
        assertEquals(List.of("first", "second"), ran);
    }

    @Test
    void aRollbackDropsTheHooks() {
        assertThrows(IllegalStateException.class, () -> run(() -> {
            runtime.afterCommit("default", () -> ran.add("never"));
            throw new IllegalStateException("roll back");
        }));
        assertEquals(List.of(), ran);
    }

    @Test
    void theHooksOfASavepointThatRollsBackAreDroppedAndTheOthersRun() {
        run(() -> {
            runtime.afterCommit("default", () -> ran.add("outer"));
            assertThrows(IllegalStateException.class, () -> run(() -> {
                runtime.afterCommit("default", () -> ran.add("inner, rolled back"));
                throw new IllegalStateException("roll back the savepoint");
            }));
            run(() -> runtime.afterCommit("default", () -> ran.add("inner, released")));
        });
        assertEquals(List.of("outer", "inner, released"), ran);
    }

    @Test
    void aFailingHookDoesNotUndoTheCommitNorStopTheOthers() {
        run(() -> {
            runtime.afterCommit("default", () -> {
                throw new IllegalStateException("a broken hook");
            });
            runtime.afterCommit("default", () -> ran.add("still runs"));
        });
        assertEquals(List.of("still runs"), ran);
    }
}
