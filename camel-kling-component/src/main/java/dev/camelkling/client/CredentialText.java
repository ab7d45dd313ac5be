package dev.camelkling.client;

/** Trims a configured secret and refuses characters that cannot travel in an HTTP header, without echoing it. */
final class CredentialText {

    private CredentialText() {
    }

    static String clean(String value, String option) {
        String text = value.strip();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                throw new KlingValidationException(option, "contains a character that is not printable ASCII (at "
                                                           + i + "); check how the value is read");
            }
        }
        return text;
    }
}
