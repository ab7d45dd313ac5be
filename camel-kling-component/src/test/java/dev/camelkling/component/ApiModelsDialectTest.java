package dev.camelkling.component;

class ApiModelsDialectTest extends DialectScenario {

    @Override
    String dialect() {
        return "apimodels";
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
