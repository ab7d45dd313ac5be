package dev.camelkling.component;

import dev.camelkling.component.mapping.OptionValues;

/** An endpoint's options by their URI names, read through the configurer Camel generates for them. */
final class ConfigurationValues {

    private static final KlingConfigurationConfigurer CONFIGURER = new KlingConfigurationConfigurer();

    private ConfigurationValues() {
    }

    static OptionValues of(KlingConfiguration configuration) {
        // every option a declaration names exists: OperationDeclarationsTest checks them all
        return name -> CONFIGURER.getOptionValue(configuration, name, false);
    }
}
