package dev.camelkling.component.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import dev.camelkling.client.model.CameraConfig;
import dev.camelkling.client.model.CameraControl;
import dev.camelkling.client.model.MultiShotPrompt;
import dev.camelkling.client.model.VideoRequestBuilder;
import dev.camelkling.exceptions.KlingValidationException;
import dev.camelkling.operations.Headers;

/**
 * Fills the fields both video operations share, from each source in turn: endpoint options, then the message
 * (a String body is the prompt), then headers, then a raw Kling field map. Later sources override earlier ones.
 */
final class VideoFieldsMapper {

    private final OptionValues options;

    VideoFieldsMapper(OptionValues options) {
        this.options = options;
    }

    <B extends VideoRequestBuilder<B>> void applyOptions(B b) {
        b.model(options.text("model")).mode(options.text("mode")).duration(options.typed("duration", Integer.class))
                .sound(options.typed("sound", Boolean.class))
                .cfgScale(options.typed("cfgScale", Double.class)).negativePrompt(options.text("negativePrompt"))
                .watermark(options.typed("watermark", Boolean.class)).callbackUrl(options.text("callbackUrl"))
                .externalTaskId(ExternalTaskIds.isExpression(options.text("externalTaskId")) ? null : options
                        .text("externalTaskId"))
                .multiShot(options.typed("multiShot", Boolean.class))
                .shotType(options.text("shotType"));
        if (options.text("cameraControl") != null || options.text("cameraConfig") != null) {
            b.cameraControl(camera(options.text("cameraControl"), options.text("cameraConfig")));
        }
    }

    <B extends VideoRequestBuilder<B>> void applyHeaders(B b, Exchange exchange) {
        Message in = exchange.getMessage();
        if (in.getBody() instanceof String prompt) {
            b.prompt(prompt);
        }
        header(exchange, Headers.PROMPT, String.class, b::prompt);
        header(exchange, Headers.NEGATIVE_PROMPT, String.class, b::negativePrompt);
        header(exchange, Headers.MODEL, String.class, b::model);
        header(exchange, Headers.MODE, String.class, b::mode);
        header(exchange, Headers.DURATION, Integer.class, b::duration);
        header(exchange, Headers.CFG_SCALE, Double.class, b::cfgScale);
        header(exchange, Headers.CALLBACK_URL, String.class, b::callbackUrl);
        if (ExternalTaskIds.isExpression(options.text("externalTaskId"))) {
            b.externalTaskId(ExternalTaskIds.evaluate(options.text("externalTaskId"), exchange));
        }
        if (!ExternalTaskIds.isEcho(exchange, in.getHeader(Headers.EXTERNAL_TASK_ID))) {
            header(exchange, Headers.EXTERNAL_TASK_ID, String.class, b::externalTaskId);
        }
        Object sound = in.getHeader(Headers.SOUND);
        if (sound != null) {
            b.sound(Values.onOff(sound, Headers.SOUND));
        }
        Object watermark = in.getHeader(Headers.WATERMARK);
        if (watermark != null) {
            b.watermark(Values.onOff(watermark, Headers.WATERMARK));
        }
        Object camera = in.getHeader(Headers.CAMERA_CONTROL);
        if (camera instanceof CameraControl control) {
            b.cameraControl(control);
        } else if (camera != null) {
            b.cameraControl(camera(camera.toString(), options.text("cameraConfig")));
        }
        Object shots = in.getHeader(Headers.MULTI_PROMPT);
        if (shots != null) {
            b.multiPrompt(multiPrompt(exchange, shots, Headers.MULTI_PROMPT));
        }
    }

    /**
     * Reads a map of raw Kling fields. Keys the operation owns are offered to {@code operationField} first;
     * anything unknown is kept as an extra field for the validator to accept or refuse.
     */
    <B extends VideoRequestBuilder<B>> void applyKlingFields(B b, Exchange exchange, Map<?, ?> fields,
                                                             BiPredicate<String, Object> operationField) {
        for (Map.Entry<?, ?> entry : fields.entrySet()) {
            String key = String.valueOf(entry.getKey());
            Object value = entry.getValue();
            if (value == null || operationField.test(key, value)) {
                continue;
            }
            switch (key) {
                case "model_name" -> b.model(value.toString());
                case "prompt" -> b.prompt(value.toString());
                case "negative_prompt" -> b.negativePrompt(value.toString());
                case "mode" -> b.mode(value.toString());
                case "duration" -> b.duration(Values.convert(exchange, value, Integer.class, key));
                case "sound" -> b.sound(Values.onOff(value, key));
                case "cfg_scale" -> b.cfgScale(Values.convert(exchange, value, Double.class, key));
                case "camera_control" -> b.cameraControl(cameraFromMap(exchange, value));
                case "multi_shot" -> b.multiShot(Values.onOff(value, key));
                case "shot_type" -> b.shotType(value.toString());
                case "multi_prompt" -> b.multiPrompt(multiPrompt(exchange, value, key));
                case "watermark_info" -> b.watermark(watermarkFromMap(value));
                case "callback_url" -> b.callbackUrl(value.toString());
                case "external_task_id" -> b.externalTaskId(value.toString());
                default -> b.extraField(key, value);
            }
        }
    }

    private static <T> void header(Exchange exchange, String name, Class<T> type, Consumer<T> setter) {
        Object value = exchange.getMessage().getHeader(name);
        if (value != null) {
            setter.accept(Values.convert(exchange, value, type, name));
        }
    }

    private static CameraControl camera(String type, String config) {
        String t = type == null ? "simple" : type.strip();
        if ("simple".equals(t)) {
            return CameraControl.simple(config == null ? null : CameraConfig.parse(config));
        }
        return CameraControl.preset(t);
    }

    private static CameraControl cameraFromMap(Exchange exchange, Object value) {
        if (value instanceof CameraControl control) {
            return control;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new KlingValidationException("camera_control", "must be an object with type and config");
        }
        Object type = map.get("type");
        Object config = map.get("config");
        if (config == null) {
            return new CameraControl(type == null ? null : type.toString(), null);
        }
        if (!(config instanceof Map<?, ?> axes)) {
            throw new KlingValidationException("camera_control.config", "must be an object of axis values");
        }
        double[] v = new double[CameraConfig.AXES.length];
        for (int i = 0; i < v.length; i++) {
            Double d = Values.convert(exchange, axes.get(CameraConfig.AXES[i]), Double.class,
                    "camera_control.config." + CameraConfig.AXES[i]);
            v[i] = d == null ? 0 : d;
        }
        for (Object axis : axes.keySet()) {
            if (!List.of(CameraConfig.AXES).contains(String.valueOf(axis))) {
                throw new KlingValidationException("camera_control.config." + axis,
                        "is not an axis; use horizontal, vertical, pan, tilt, roll or zoom");
            }
        }
        return new CameraControl(type == null ? null : type.toString(), new CameraConfig(v[0], v[1], v[2], v[3], v[4],
                v[5]));
    }

    private static Boolean watermarkFromMap(Object value) {
        if (value instanceof Map<?, ?> map) {
            return Values.onOff(map.get("enabled"), "watermark_info.enabled");
        }
        throw new KlingValidationException("watermark_info", "must be an object {\"enabled\": true|false}");
    }

    private static List<MultiShotPrompt> multiPrompt(Exchange exchange, Object value, String source) {
        if (!(value instanceof List<?> items)) {
            throw new KlingValidationException(source, "must be a list of shots");
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
