package dev.camelkling.component;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/**
 * The lines the component logs while a test runs, as "LEVEL message", from the {@code dev.camelkling} logger
 * (configured at DEBUG for the tests). Close it to detach.
 */
final class LogCapture extends AbstractAppender implements AutoCloseable {

    private final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
    private final LoggerConfig logger;

    private LogCapture(LoggerConfig logger) {
        super("log-capture-" + System.identityHashCode(logger), null, null, true, Property.EMPTY_ARRAY);
        this.logger = logger;
    }

    static LogCapture attach() {
        LoggerContext logs = LoggerContext.getContext(false);
        LoggerConfig config = logs.getConfiguration().getLoggerConfig("dev.camelkling");
        LogCapture capture = new LogCapture(config);
        capture.start();
        config.addAppender(capture, Level.ALL, null);
        logs.updateLoggers();
        return capture;
    }

    @Override
    public void append(LogEvent event) {
        lines.add(event.getLevel() + " " + event.getMessage().getFormattedMessage());
    }

    /** Every line so far, oldest first. */
    List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        logger.removeAppender(getName());
        LoggerContext.getContext(false).updateLoggers();
        stop();
    }
}
