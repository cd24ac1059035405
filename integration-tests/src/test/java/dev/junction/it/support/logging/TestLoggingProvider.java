package dev.junction.it.support.logging;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J binding of the integration tests, registered in {@code META-INF/services}: every logger prints WARN and
 * above to standard error in slf4j-simple's format ({@code [thread] LEVEL logger - message}), which keeps the test
 * report quiet, and while a {@link LogCapture} is open every level is enabled and every event is recorded.
 *
 * <p>{@code -Djunction.it.logLevel=debug} (or {@code trace}, {@code info}, {@code error}) prints from another level,
 * for a local run that needs the pool's or the engine's chatter.
 */
public final class TestLoggingProvider implements SLF4JServiceProvider {

    /** The lowest level printed to standard error. */
    static final Level PRINTED = Level.valueOf(
            System.getProperty("junction.it.logLevel", "warn").trim().toUpperCase(Locale.ROOT));

    private final Map<String, TestLogger> loggers = new ConcurrentHashMap<>();
    private final ILoggerFactory loggerFactory = name -> loggers.computeIfAbsent(name, TestLogger::new);
    private final IMarkerFactory markerFactory = new BasicMarkerFactory();
    private final MDCAdapter mdcAdapter = new BasicMDCAdapter();

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggerFactory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markerFactory;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdcAdapter;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        // Everything is ready at construction.
    }
}
