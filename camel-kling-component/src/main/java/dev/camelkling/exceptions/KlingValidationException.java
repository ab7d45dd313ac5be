package dev.camelkling.exceptions;

/**
 * A request broke a rule of the capability map or of the wire format. Thrown before any HTTP call: nothing
 * was sent and nothing was paid for.
 */
public class KlingValidationException extends KlingException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String rule;

    public KlingValidationException(String field, String rule) {
        super("Invalid Kling request: " + field + " " + rule);
        this.field = field;
        this.rule = rule;
    }

    /** The Kling field (wire name, e.g. {@code duration} or {@code multi_prompt[2].prompt}) that broke the rule. */
    public String getField() {
        return field;
    }

    /** The rule that was broken, phrased to complete the sentence "field ...". */
    public String getRule() {
        return rule;
    }
}
