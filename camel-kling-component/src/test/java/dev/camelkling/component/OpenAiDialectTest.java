package dev.camelkling.component;

class OpenAiDialectTest extends DialectScenario {

    @Override
    String dialect() {
        return "openai";
    }

    @Override
    String model() {
        return "kling-v2-6";
    }

    @Override
    String[] unsupportedOption() {
        return new String[]{"negativePrompt=blur", "negative_prompt"};
    }
}
