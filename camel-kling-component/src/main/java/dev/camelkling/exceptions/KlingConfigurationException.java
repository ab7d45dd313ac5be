package dev.camelkling.exceptions;

/**
 * The component or an endpoint is configured in a way that cannot work (no credentials, an option out of range),
 * found when the route starts or before anything is sent: fix the configuration, not the message. A
 * {@link KlingValidationException}, so handlers of invalid input catch it too; {@link #getField()} is the option.
 */
public class KlingConfigurationException extends KlingValidationException {

    private static final long serialVersionUID = 1L;

    public KlingConfigurationException(String option, String rule) {
        super(option, rule, "Kling configuration: " + option + " " + rule);
    }
}
