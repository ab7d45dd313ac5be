package dev.camelkling.client.dialect;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import dev.camelkling.client.Dialect;
import dev.camelkling.client.OfficialDialect;
import dev.camelkling.exceptions.KlingValidationException;

/** The dialects by option value. */
public final class Dialects {

    private static final Map<String, Supplier<Dialect>> ALL = new LinkedHashMap<>();

    static {
        ALL.put(OfficialDialect.NAME, OfficialDialect::new);
        ALL.put(Kling2Dialect.NAME, Kling2Dialect::new);
        ALL.put(OpenAiDialect.NAME, OpenAiDialect::new);
        ALL.put(GenerationsDialect.NAME, GenerationsDialect::new);
        ALL.put(ApiModelsDialect.NAME, ApiModelsDialect::new);
    }

    private Dialects() {
    }

    public static Dialect byName(String name) {
        Supplier<Dialect> dialect = ALL.get(name);
        if (dialect == null) {
            throw new KlingValidationException("dialect", "must be one of " + ALL.keySet() + ", got '" + name + "'");
        }
        return dialect.get();
    }
}
