package dev.camelkling.component;

import dev.camelkling.component.mapping.OptionValues;

/** An endpoint's options by their URI names, read through the configurer Camel generates for them. */
final class ConfigurationValues {

    private static final KlingConfigurationConfigurer CONFIGURER = new KlingConfigurationConfigurer();

    private ConfigurationValues() {
    }

    static OptionValues of(KlingConfiguration configuration) {
        return name -> {
            if (CONFIGURER.getOptionType(name, false) == null) {
                throw new IllegalArgumentException("no option " + name); // a declaration names a missing option
            }
            return CONFIGURER.getOptionValue(configuration, name, false);
        };
    }
}
