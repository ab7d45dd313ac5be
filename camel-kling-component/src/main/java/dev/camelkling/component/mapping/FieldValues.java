package dev.camelkling.component.mapping;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.camel.Exchange;

import dev.camelkling.client.model.CameraConfig;
import dev.camelkling.client.model.CameraControl;
import dev.camelkling.client.model.MediaInput;
import dev.camelkling.client.model.MultiShotPrompt;
import dev.camelkling.exceptions.KlingValidationException;
import dev.camelkling.operations.FieldSource;
import dev.camelkling.operations.FieldSources;

/**
 * An option or header value in the wire form its {@link FieldSource.ValueKind} names. A value that does not
 * convert is refused naming where it came from (the header, or the wire field an option sets).
 */
final class FieldValues {

    /** Local media larger than this are refused while reading; each field's own limit is checked later. */
    static final long MAX_LOCAL_MEDIA = 200L * 1024 * 1024;

    private final OptionValues options;

    FieldValues(OptionValues options) {
        this.options = options;
    }

    Object wireValue(Exchange exchange, FieldSource source, Object value, String name) {
        if (value == null) {
            return null;
        }
        return switch (source.kind()) {
            case TEXT -> text(exchange, value, name);
            case SECONDS_TEXT -> String.valueOf(Values.convert(exchange, value, Integer.class, name));
            case WHOLE -> Values.convert(exchange, value, Long.class, name);
            case DECIMAL -> Values.convert(exchange, value, Double.class, name);
            case FLAG -> Values.onOff(value, name);
            case ON_OFF -> Values.onOff(value, name) ? "on" : "off";
            case YES_NO -> yesNo(value, name);
            case WATERMARK -> Map.of("enabled", Values.onOff(value, name));
            case MEDIA -> MediaInput.of(value, name, MAX_LOCAL_MEDIA).wireValue();
            case SPEECH -> AlternativeInputs.isAudioId(value) ? value.toString().strip()
                    : MediaInput.of(value, name, MAX_LOCAL_MEDIA).wireValue();
            case CAMERA -> camera(value);
            case CAMERA_AXES -> CameraControl.simple(CameraConfig.parse(value.toString()));
            case SHOTS -> shots(exchange, value, name);
        };
    }

    /** Text from a header or option: converted the Camel way (a file's content, not its toString), trimmed. */
    private static String text(Exchange exchange, Object value, String name) {
        if (value instanceof byte[] || value instanceof InputStream) {
            throw new KlingValidationException(name, "must be text, not " + value.getClass().getSimpleName());
        }
        return Values.convert(exchange, value, String.class, name).strip();
    }

    private static String yesNo(Object value, String name) {
        String text = value.toString().strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "yes", "true", "on" -> "yes";
            case "no", "false", "off" -> "no";
            default -> throw new KlingValidationException(name, "must be yes/no or true/false, got '" + value + "'");
        };
    }

    /** A type name alone is a preset movement, or {@code simple} with the axes of the cameraConfig option. */
    private CameraControl camera(Object value) {
        if (value instanceof CameraControl control) {
            return control;
        }
        String type = value.toString().strip();
        if (!"simple".equals(type)) {
            return CameraControl.preset(type);
        }
        String axes = options.text(FieldSources.CAMERA_CONFIG.option());
        return CameraControl.simple(axes == null ? null : CameraConfig.parse(axes));
    }

    /** Shots as given, or maps read leniently: a missing index is the shot's position, numbers may be text. */
    private static List<MultiShotPrompt> shots(Exchange exchange, Object value, String name) {
        if (!(value instanceof List<?> items)) {
            throw new KlingValidationException(name, "must be a list of shots");
        }
        List<MultiShotPrompt> shots = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            String at = "multi_prompt[" + i + "]";
            if (item instanceof MultiShotPrompt shot) {
                shots.add(shot);
            } else if (item instanceof Map<?, ?> map) {
                Integer index = Values.convert(exchange, map.get("index"), Integer.class, at + ".index");
                Integer duration = Values.convert(exchange, map.get("duration"), Integer.class, at + ".duration");
                Object prompt = map.get("prompt");
                shots.add(new MultiShotPrompt(index == null ? i + 1 : index, prompt == null ? null : prompt.toString(),
                        duration == null ? 0 : duration));
            } else {
                throw new KlingValidationException(at,
                        "must be a MultiShotPrompt or a map with index, prompt and duration");
            }
        }
        return shots;
    }
}
