package dev.junction.it.support.logging;

import java.io.PrintStream;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** A logger of {@link TestLoggingProvider}: prints from the printed level up, and records every level while captured. */
final class TestLogger extends LegacyAbstractLogger {

    private static final long serialVersionUID = 1L;

    TestLogger(String name) {
        this.name = name;
    }

    private static boolean enabled(Level level) {
        return level.toInt() >= TestLoggingProvider.PRINTED.toInt() || LogCapture.isCapturing(level);
    }

    @Override
    public boolean isTraceEnabled() {
        return enabled(Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
        return enabled(Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
        return enabled(Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return enabled(Level.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
        return enabled(Level.ERROR);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
            Level level, Marker marker, String pattern, Object[] arguments, Throwable throwable) {
        String message = MessageFormatter.basicArrayFormat(pattern, arguments);
        String thread = Thread.currentThread().getName();
        LogCapture.record(new LogEvent(level, name, thread, message, throwable));
        if (level.toInt() >= TestLoggingProvider.PRINTED.toInt()) {
            PrintStream err = System.err;
            synchronized (err) {
                err.println("[" + thread + "] " + level + " " + name + " - " + message);
                if (throwable != null) {
                    throwable.printStackTrace(err);
                }
                err.flush();
            }
        }
    }
}
