package dev.junction.it.failures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.junction.JunctionException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Assertions on exceptions that the failure suites share. */
final class Throwables {

    private Throwables() {}

    /** The throwable, its causes and its suppressed exceptions, and theirs, each once. */
    static List<Throwable> everyThrowableIn(Throwable root) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> all = new ArrayList<>();
        List<Throwable> pending = new ArrayList<>(List.of(root));
        while (!pending.isEmpty()) {
            Throwable next = pending.remove(pending.size() - 1);
            if (next == null || !seen.add(next)) {
                continue;
            }
            all.add(next);
            pending.add(next.getCause());
            pending.addAll(List.of(next.getSuppressed()));
        }
        return all;
    }

    /** The stack trace as printed: every message and {@code toString()} of the chain and the suppressed ones. */
    static String printed(Throwable throwable) {
        StringWriter text = new StringWriter();
        throwable.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    /** Asserts that the database's exception stayed in the cause chain. */
    static void assertSqlExceptionInCauseChain(Throwable failure) {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException) {
                return;
            }
        }
        throw new AssertionError("No SQLException in the cause chain of " + printed(failure));
    }

    /** Asserts that the exception names the connection and, when given, the model, in its accessors and message. */
    static void assertNames(JunctionException failure, String connection, Class<?> model) {
        String printed = printed(failure);
        assertEquals(Optional.of(connection), failure.connection(), () -> "connection() of " + printed);
        assertTrue(failure.getMessage() != null && failure.getMessage().contains(connection),
                () -> "the message names connection '" + connection + "': " + printed);
        if (model != null) {
            assertEquals(Optional.of(model), failure.model(), () -> "model() of " + printed);
            assertTrue(failure.getMessage().contains(model.getSimpleName()),
                    () -> "the message names the model " + model.getSimpleName() + ": " + printed);
        }
    }

    /** Asserts that {@code text} appears nowhere in the exception as printed, causes and suppressed ones included. */
    static void assertNowhereIn(Throwable failure, String text) {
        for (Throwable each : everyThrowableIn(failure)) {
            assertFalse(String.valueOf(each.getMessage()).contains(text),
                    () -> "'" + text + "' in the message of " + each.getClass().getName() + ": " + each.getMessage());
            assertFalse(each.toString().contains(text), () -> "'" + text + "' in " + each);
        }
        assertFalse(printed(failure).contains(text), () -> "'" + text + "' in the stack trace " + printed(failure));
    }
}
