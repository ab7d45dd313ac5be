package dev.camelkling.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.camelkling.client.model.AdvancedLipSyncRequest;
import dev.camelkling.client.model.AvatarRequest;
import dev.camelkling.client.model.CustomVoiceRequest;
import dev.camelkling.client.model.EffectsRequest;
import dev.camelkling.client.model.ElementRequest;
import dev.camelkling.client.model.FaceChoice;
import dev.camelkling.client.model.ImageExpandRequest;
import dev.camelkling.client.model.ImageGenerationRequest;
import dev.camelkling.client.model.LipSyncRequest;
import dev.camelkling.client.model.MediaInput;
import dev.camelkling.client.model.MotionControlRequest;
import dev.camelkling.client.model.MultiElementsRequest;
import dev.camelkling.client.model.MultiImage2ImageRequest;
import dev.camelkling.client.model.MultiImage2VideoRequest;
import dev.camelkling.client.model.OmniImageRequest;
import dev.camelkling.client.model.OmniVideoRef;
import dev.camelkling.client.model.OmniVideoRequest;
import dev.camelkling.client.model.TextToAudioRequest;
import dev.camelkling.client.model.TtsRequest;
import dev.camelkling.client.model.VideoExtendRequest;
import dev.camelkling.client.model.VideoGenerationRequest;
import dev.camelkling.client.model.VideoToAudioRequest;
import dev.camelkling.client.model.VirtualTryOnRequest;

/**
 * Prices a typed create request with a {@link PriceTable}: which entry applies (operation, model, mode, audio,
 * resolution...) and how much of it (seconds, images). Kling's own defaults fill what a request leaves out: a
 * text2video without model is kling-v1 std 5 s, as Kling would make it.
 */
public final class UnitEstimator {

    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    private final PriceTable prices;

    public UnitEstimator(PriceTable prices) {
        this.prices = prices;
    }

    /** What Kling needs to know to price a request: the entry (first key found wins), and how much of it. */
    private record Quote(String model, List<String> keys, BigDecimal seconds, int count, String note,
            BigDecimal extra) {

        Quote(String model, String key, BigDecimal seconds, int count) {
            this(model, List.of(key), seconds, count, null, BigDecimal.ZERO);
        }

        Quote note(String text) {
            return new Quote(model, keys, seconds, count, text, extra);
        }

        Quote extra(BigDecimal units) {
            return new Quote(model, keys, seconds, count, note, units);
        }
    }

    /** The estimate of a request of any task-creating operation; unknown for a request it cannot price. */
    public UnitEstimate estimate(Object request) {
        Quote quote = quote(request);
        if (quote == null) {
            return UnitEstimate.unknown(null, null, "no price for a " + (request == null ? "null request"
                    : request.getClass().getSimpleName()));
        }
        String key = quote.keys().get(0);
        Rate rate = null;
        for (String k : quote.keys()) {
            Optional<Rate> found = prices.rate(k);
            if (found.isPresent()) {
                key = k;
                rate = found.get();
                break;
            }
        }
        if (rate == null) {
            return UnitEstimate.unknown(quote.model(), key, "unknown: the price table has no entry " + key);
        }
        BigDecimal units;
        String basis;
        switch (rate.basis()) {
            case SECOND, FIVE_SECONDS -> {
                if (quote.seconds() == null) {
                    return UnitEstimate.unknown(quote.model(), key, "unknown: " + key + " is priced " + rate
                                                                    + " and the length is not known before the task");
                }
                BigDecimal perSecond = rate.basis() == Rate.Basis.SECOND ? rate.units()
                        : rate.units().divide(FIVE, 10, RoundingMode.HALF_UP);
                units = perSecond.multiply(quote.seconds());
                basis = rate + " x " + plain(quote.seconds()) + " s";
            }
            case IMAGE -> {
                units = rate.units().multiply(BigDecimal.valueOf(quote.count()));
                basis = rate + " x " + quote.count() + " image" + (quote.count() == 1 ? "" : "s");
            }
            default -> {
                units = rate.units();
                basis = rate.toString();
            }
        }
        if (quote.note() != null) {
            basis += " (" + quote.note() + ")";
        }
        return new UnitEstimate(normal(units), quote.model(), key, basis, quote.extra());
    }

    private Quote quote(Object request) {
        if (request instanceof VideoGenerationRequest r) {
            return video(r);
        }
        if (request instanceof OmniVideoRequest r) {
            return omniVideo(r);
        }
        if (request instanceof MotionControlRequest r) {
            return motionControl(r);
        }
        if (request instanceof MultiImage2VideoRequest r) {
            String model = or(r.modelName(), "kling-v1-6");
            String mode = or(r.mode(), "std");
            return new Quote(model, List.of("multi-image2video." + model + "." + mode,
                    "video." + model + "." + mode + ".silent"), seconds(r.duration(), 5), 1, null, BigDecimal.ZERO);
        }
        if (request instanceof MultiElementsRequest r) {
            String model = or(r.modelName(), "kling-v1-6");
            return new Quote(model, "multi-elements." + model + "." + or(r.mode(), "std"), seconds(r.duration(), 5), 1);
        }
        if (request instanceof VideoExtendRequest) {
            return new Quote(null, "video-extend", null, 1).note(
                    "the source video's model and mode decide; upper bound");
        }
        if (request instanceof AvatarRequest r) {
            return new Quote(null, "avatar." + or(r.mode(), "std"), wavSeconds(r.soundFile()), 1);
        }
        if (request instanceof LipSyncRequest r) {
            return lipSync(r.soundStartTime(), r.soundEndTime());
        }
        if (request instanceof AdvancedLipSyncRequest r) {
            FaceChoice face = r.faceChoose() == null || r.faceChoose().isEmpty() ? null : r.faceChoose().get(0);
            return face == null ? null : lipSync(face.soundStartTime(), face.soundEndTime());
        }
        if (request instanceof EffectsRequest r) {
            String duration = r.input() == null ? null : r.input().duration();
            String model = r.input() == null ? null : r.input().modelName();
            return new Quote(model, "effects." + r.effectScene(), seconds(duration, 5), 1);
        }
        return media(request);
    }

    private Quote media(Object request) {
        if (request instanceof TextToAudioRequest) {
            return new Quote(null, "text-to-audio", null, 1);
        }
        if (request instanceof VideoToAudioRequest) {
            return new Quote(null, "video-to-audio", null, 1);
        }
        if (request instanceof TtsRequest) {
            return new Quote(null, "tts", null, 1);
        }
        if (request instanceof CustomVoiceRequest) {
            return new Quote(null, "custom-voice", null, 1);
        }
        if (request instanceof ElementRequest) {
            return new Quote(null, "element", null, 1);
        }
        if (request instanceof ImageGenerationRequest r) {
            String model = or(r.modelName(), "kling-v1");
            return new Quote(model, "image-generation." + model + "." + (r.image() == null ? "t2i" : "i2i"), null,
                    count(r.n()));
        }
        if (request instanceof OmniImageRequest r) {
            String model = or(r.modelName(), "kling-image-o1");
            boolean series = "series".equals(r.resultType());
            int count = series ? (r.seriesAmount() == null ? 2 : r.seriesAmount()) : count(r.n());
            return new Quote(model, "omni-image." + model + "." + or(r.resolution(), "1k"), null, count);
        }
        if (request instanceof MultiImage2ImageRequest r) {
            String model = or(r.modelName(), "kling-v2");
            return new Quote(model, "multi-image2image." + model, null, count(r.n()));
        }
        if (request instanceof ImageExpandRequest r) {
            return new Quote(null, "image-expand", null, count(r.n()));
        }
        if (request instanceof VirtualTryOnRequest r) {
            String model = or(r.modelName(), "kolors-virtual-try-on-v1");
            return new Quote(model, "virtual-try-on." + model, null, 1);
        }
        return null;
    }

    /** text2video and image2video: per 5 s for the older models, per second for kling-v3. */
    private static Quote video(VideoGenerationRequest r) {
        String model = or(r.model(), "kling-v1");
        String mode = or(r.mode(), "std");
        String audio = !Boolean.TRUE.equals(r.sound()) ? "silent" : hasVoices(r.extraFields()) ? "voice" : "sound";
        int seconds = r.duration() == null ? 5 : r.duration();
        return new Quote(model, "video." + model + "." + mode + "." + audio, BigDecimal.valueOf(seconds), 1);
    }

    private static boolean hasVoices(Map<String, Object> extra) {
        Object voices = extra == null ? null : extra.get("voice_list");
        return voices instanceof java.util.Collection<?> c ? !c.isEmpty() : voices != null;
    }

    private static Quote omniVideo(OmniVideoRequest r) {
        String model = or(r.modelName(), "kling-video-o1");
        String mode = or(r.mode(), "pro");
        List<OmniVideoRef> videos = r.videoList() == null ? List.of() : r.videoList();
        String input = !videos.isEmpty() ? "video" : "on".equals(r.sound()) ? "sound" : "plain";
        BigDecimal seconds = seconds(r.duration(), 5);
        Quote quote = new Quote(model, "omni-video." + model + "." + mode + "." + input, seconds, 1);
        boolean editing = videos.stream().anyMatch(v -> "base".equals(v.referType()));
        if (editing && r.duration() == null) {
            // an edited video is as long as its input (at most 10 s): price the longest
            return new Quote(model, quote.keys().get(0), BigDecimal.TEN, 1).note("edited video, upper bound");
        }
        return quote;
    }

    private static Quote motionControl(MotionControlRequest r) {
        // the output is as long as the reference video, unknown here: the longest the orientation allows
        int most = "image".equals(r.characterOrientation()) ? 10 : 30;
        return new Quote(r.modelName(), "motion-control." + r.modelName() + "." + or(r.mode(), "std"),
                BigDecimal.valueOf(most), 1).note("upper bound: as long as the reference video, at most " + most
                                                  + " s");
    }

    /** Per started 5 s of the cropped audio, at least 5 s; identify-face comes on top. */
    private Quote lipSync(Long start, Long end) {
        BigDecimal identify = prices.rate("identify-face").map(Rate::units).orElse(BigDecimal.ZERO);
        if (end == null) {
            return new Quote(null, "lip-sync", null, 1).extra(identify);
        }
        long cropped = Math.max(5000, end - (start == null ? 0 : start));
        long blocks = (cropped + 4999) / 5000;
        return new Quote(null, "lip-sync", BigDecimal.valueOf(blocks * 5), 1)
                .note(plain(BigDecimal.valueOf(cropped, 3)) + " s of audio in started 5 s blocks").extra(identify);
    }

    private static BigDecimal seconds(String duration, int otherwise) {
        if (duration == null || duration.isBlank()) {
            return BigDecimal.valueOf(otherwise);
        }
        try {
            return new BigDecimal(duration.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int count(Integer n) {
        return n == null ? 1 : Math.max(1, n);
    }

    private static String or(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }

    /** The length of a WAV given as bytes; {@code null} for anything else (a URL, an audio id, mp3...). */
    static BigDecimal wavSeconds(MediaInput audio) {
        if (audio == null) {
            return null;
        }
        return audio.localBytes().map(UnitEstimator::wavSeconds).orElse(null);
    }

    static BigDecimal wavSeconds(byte[] data) {
        if (data.length < 12 || !ascii(data, 0, "RIFF") || !ascii(data, 8, "WAVE")) {
            return null;
        }
        long byteRate = 0;
        int at = 12;
        while (at + 8 <= data.length) {
            long size = le32(data, at + 4);
            if (size > data.length) {
                size = data.length; // a streamed WAV's placeholder size: what is there is what there is
            }
            if (ascii(data, at, "fmt ") && at + 16 <= data.length) {
                byteRate = le32(data, at + 16);
            } else if (ascii(data, at, "data") && byteRate > 0) {
                long bytes = Math.min(size, data.length - at - 8L);
                return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(byteRate), 3, RoundingMode.HALF_UP);
            }
            at += 8 + (int) size + (int) (size & 1);
        }
        return null;
    }

    private static boolean ascii(byte[] data, int offset, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (offset + i >= data.length || data[offset + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static long le32(byte[] d, int at) {
        return (d[at] & 0xFFL) | (d[at + 1] & 0xFFL) << 8 | (d[at + 2] & 0xFFL) << 16 | (d[at + 3] & 0xFFL) << 24;
    }

    /** 3 rather than 3.0000000000, 1.5 stays. */
    static BigDecimal normal(BigDecimal units) {
        BigDecimal stripped = units.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String plain(BigDecimal value) {
        return normal(value).toPlainString();
    }
}
