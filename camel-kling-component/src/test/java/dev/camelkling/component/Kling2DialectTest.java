package dev.camelkling.component;

class Kling2DialectTest extends DialectScenario {

    @Override
    String dialect() {
        return "kling2";
    }

    @Override
    String model() {
        return "kling-v2-6";
    }

    @Override
    String[] unsupportedOption() {
        return new String[] { "negativePrompt=blur", "negative_prompt" };
    }
}
