package dev.junction.it.support.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.slf4j.event.Level;

/**
 * One recorded log event.
 *
 * @param level its level
 * @param logger the logger's name
 * @param thread the name of the thread that logged it
 * @param message the message with its arguments filled in
 * @param throwable the stack trace of the throwable logged with it, with every cause and suppressed exception and
 *     their messages, or empty when there was none
 */
public record LogEvent(Level level, String logger, String thread, String message, String throwable) {

    LogEvent(Level level, String logger, String thread, String message, Throwable throwable) {
        this(level, logger, thread, message, throwable == null ? "" : stackTrace(throwable));
    }

    private static String stackTrace(Throwable throwable) {
        StringWriter text = new StringWriter();
        throwable.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    /** The whole event as text: level, logger, message and the throwable's stack trace. */
    public String text() {
        return "[" + thread + "] " + level + " " + logger + " - " + message
                + (throwable.isEmpty() ? "" : System.lineSeparator() + throwable);
    }

    @Override
    public String toString() {
        return text();
    }
}
