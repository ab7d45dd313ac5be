package dev.camelkling.component;

class GenerationsDialectTest extends DialectScenario {

    @Override
    String dialect() {
        return "generations";
    }

    @Override
    String model() {
        return "kling-v3";
    }

    @Override
    String[] unsupportedOption() {
        return new String[]{"cameraControl=simple&cameraConfig=zoom:5", "camera_control"};
    }
}
