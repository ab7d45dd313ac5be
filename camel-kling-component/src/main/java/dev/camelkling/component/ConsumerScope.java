package dev.camelkling.component;

import java.util.Locale;

/** The values of the consumer's {@code scope} option: which finished tasks it emits. */
public enum ConsumerScope {
    /** Those this application submitted, from the task store. */
    APPLICATION,
    /** Every task Kling lists for the operation. */
    ACCOUNT;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
