package cat.teixit.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import cat.teixit.logic.settings.Preferences;
import cat.teixit.persistence.SettingsFile;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Sends the log to a rolling file in the data directory ({@code logs/teixit.log}, a file a day,
 * 30 days, 100 MB at most). Called once the data directory is ours. Log messages never carry
 * personal data: ids, counts and timings only. Not thread-safe: call at start-up.
 */
public final class Logging {

    /** The setting of the log's level. */
    public static final String LEVEL = "log.level";

    private Logging() {
    }

    public static Path toFile(Path dataDir) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        Path logDir = dataDir.resolve("logs");
        Path file = logDir.resolve("teixit.log");

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();

        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(ctx);
        appender.setName("FILE");
        appender.setFile(file.toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(ctx);
        policy.setParent(appender);
        policy.setFileNamePattern(logDir.resolve("teixit.%d{yyyy-MM-dd}.%i.log").toString());
        policy.setMaxFileSize(FileSize.valueOf("10MB"));
        policy.setMaxHistory(30);
        policy.setTotalSizeCap(FileSize.valueOf("100MB"));
        policy.start();
        appender.setRollingPolicy(policy);
        appender.setEncoder(encoder);
        appender.start();

        ch.qos.logback.classic.Logger root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        // One log file at a time: a second call (another data directory in the same process) replaces the first.
        var previous = root.getAppender("FILE");
        if (previous != null) {
            root.detachAppender(previous);
            previous.stop();
        }
        root.addAppender(appender);
        root.setLevel(level(new Preferences(new SettingsFile(dataDir)).get(LEVEL, "INFO")));
        return file;
    }

    /** The level of {@value #LEVEL} ({@code ERROR}, {@code WARN}, {@code INFO}, {@code DEBUG}); anything else: INFO. */
    static Level level(String value) {
        return switch (value.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "ERROR" -> Level.ERROR;
            case "WARN" -> Level.WARN;
            case "DEBUG" -> Level.DEBUG;
            default -> Level.INFO;
        };
    }
}
