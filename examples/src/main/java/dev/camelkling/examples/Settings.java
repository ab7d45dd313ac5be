package dev.camelkling.examples;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Settings of the examples. A setting {@code s3.bucket} is read from the JVM system property {@code s3.bucket}
 * ({@code -Ds3.bucket=...}), or else from the environment variable {@code S3_BUCKET} (upper case, dots and dashes
 * as underscores). Blank values count as unset. Secrets belong in environment variables, never in files.
 */
public final class Settings {

    private final UnaryOperator<String> properties;
    private final Map<String, String> env;

    private Settings(UnaryOperator<String> properties, Map<String, String> env) {
        this.properties = properties;
        this.env = env;
    }

    /** JVM system properties, then the process environment. */
    public static Settings fromSystem() {
        return new Settings(System::getProperty, System.getenv());
    }

    /** Only the given values, keyed by setting name ({@code s3.bucket}); for tests. */
    public static Settings of(Map<String, String> values) {
        return of(values, Map.of());
    }

    /** The given properties (keyed by setting name), then the given environment (keyed {@code S3_BUCKET}). */
    static Settings of(Map<String, String> properties, Map<String, String> env) {
        Map<String, String> copy = Map.copyOf(properties);
        return new Settings(copy::get, Map.copyOf(env));
    }

    /** These settings, with the given values (keyed by setting name) winning over them. */
    public Settings overriddenBy(Map<String, String> values) {
        Map<String, String> copy = new HashMap<>(values);
        return new Settings(name -> copy.containsKey(name) ? copy.get(name) : find(name).orElse(null), Map.of());
    }

    /** The environment variable that stands for a setting: {@code smtp.host} is {@code SMTP_HOST}. */
    public static String envName(String name) {
        return name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public Optional<String> find(String name) {
        String value = properties.apply(name);
        if (value == null || value.isBlank()) {
            value = env.get(envName(name));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public String get(String name, String defaultValue) {
        return find(name).orElse(defaultValue);
    }

    /** A setting the example cannot run without. */
    public String require(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "Set " + name + " (-D" + name + "=... or the environment variable " + envName(name) + ")"));
    }

    public int getInt(String name, int defaultValue) {
        Optional<String> value = find(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.get());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value.get() + "'", e);
        }
    }

    public boolean getBoolean(String name, boolean defaultValue) {
        Optional<String> value = find(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        return switch (value.get().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, not '" + value.get() + "'");
        };
    }
}
