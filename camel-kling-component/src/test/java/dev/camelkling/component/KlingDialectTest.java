package dev.camelkling.component;

class KlingDialectTest extends DialectScenario {

    @Override
    String dialect() {
        return "kling";
    }

    @Override
    String model() {
        return "kling-v2-6";
    }

    @Override
    String[] unsupportedOption() {
        return new String[]{"offpeak=true", "offpeak"};
    }
}
