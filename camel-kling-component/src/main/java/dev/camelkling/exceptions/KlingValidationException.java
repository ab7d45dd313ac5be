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
        this(field, rule, "Invalid Kling request: " + field + " " + rule);
    }

    /** For refusals worded otherwise: configuration, or a field named the way the route set it. */
    protected KlingValidationException(String field, String rule, String message) {
        super(message);
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

    /**
     * The same refusal (same field and rule) with a message that names the option a route sets, e.g.
     * {@code model} for Kling's {@code model_name}: "Invalid Kling request: model must be ... (Kling field
     * model_name)".
     */
    public KlingValidationException namedAs(String option) {
        KlingValidationException named = new KlingValidationException(field, rule, "Invalid Kling request: " + option
                                                                                   + " " + rule + " (Kling field "
                                                                                   + field + ")");
        named.setStackTrace(getStackTrace());
        return named;
    }
}
