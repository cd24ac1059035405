package dev.junction.it.support.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/** The test binding of SLF4J: quiet below WARN, and every level recorded while a capture is open. */
class LogCaptureTest {

    private static final Logger LOG = LoggerFactory.getLogger("dev.junction.it.logcapture");

    @Test
    void theTestBindingIsTheOneSlf4jUses() {
        assertEquals(TestLogger.class, LOG.getClass());
    }

    @Test
    void levelsBelowWarnAreOffWhileNothingCaptures() {
        assertFalse(LOG.isDebugEnabled());
        assertFalse(LOG.isInfoEnabled());
        assertTrue(LOG.isWarnEnabled());
    }

    @Test
    void captureEnablesAndRecordsEveryLevelWithFormattedArguments() {
        try (LogCapture logs = LogCapture.start()) {
            assertTrue(LOG.isTraceEnabled());
            LOG.trace("trace {}", 1);
            LOG.debug("debug {} and {}", "a", "b");
            LOG.info("info");
            LOG.atDebug().setMessage("fluent {}").addArgument(2).log();

            assertEquals(List.of("trace 1", "debug a and b", "info", "fluent 2"),
                    logs.events().stream().map(LogEvent::message).toList());
            assertEquals(List.of(Level.TRACE, Level.DEBUG, Level.INFO, Level.DEBUG),
                    logs.events().stream().map(LogEvent::level).toList());
            assertEquals(4, logs.events("dev.junction.it").size());
            assertEquals(0, logs.events("dev.junction.i").size(), "a prefix matches whole name segments only");
        }
        assertFalse(LOG.isDebugEnabled(), "off again once the capture is closed");
    }

    @Test
    void throwableIsRecordedWithItsWholeCauseChainAndSuppressedOnes() {
        IllegalStateException failure = new IllegalStateException("outer",
                new RuntimeException("middle", new SQLException("innermost", "08006")));
        failure.addSuppressed(new IllegalArgumentException("suppressed one"));

        try (LogCapture logs = LogCapture.start()) {
            LOG.debug("failed for {}", "x", failure);

            LogEvent event = logs.events().get(0);
            assertEquals("failed for x", event.message());
            for (String text : List.of("outer", "middle", "innermost", "suppressed one")) {
                assertTrue(event.throwable().contains(text), text);
                assertEquals(1, logs.containing(text).size(), text);
            }
        }
    }

    @Test
    void eventsOfOtherThreadsAreRecordedAndNothingAfterClose() throws InterruptedException {
        LogCapture closed;
        try (LogCapture logs = LogCapture.start()) {
            Thread other = new Thread(() -> LOG.info("from another thread"), "log-capture-other");
            other.start();
            other.join();
            assertEquals("log-capture-other", logs.events().get(0).thread());
            closed = logs;
        }
        LOG.info("after close: not recorded");

        assertEquals(1, closed.events().size());
    }
}
