package dev.camelkling.simulator;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Real audio files written by hand: a WAV (RIFF, 16-bit PCM mono, 16 kHz) holding a quiet 440 Hz tone, and an MP3
 * made of silent MPEG-1 Layer III frames (48 kHz, 32 kbit/s, mono: 96-byte frames of 1152 samples = 24 ms, each a
 * valid 4-byte header followed by zeroed side info and zero main data, which decoders play as silence).
 */
final class AudioRenderer {

    static final int WAV_RATE = 16_000;
    static final int MP3_RATE = 48_000;
    static final int MP3_SAMPLES_PER_FRAME = 1152;
    /** 144 * bitrate / samplerate + padding = 144 * 32000 / 48000 + 0. */
    static final int MP3_FRAME_BYTES = 96;
    /** Sync, MPEG-1, Layer III, no CRC; 32 kbit/s, 48 kHz, no padding; mono. */
    private static final byte[] MP3_HEADER = {(byte) 0xFF, (byte) 0xFB, (byte) 0x14, (byte) 0xC0};

    private AudioRenderer() {
    }

    static byte[] wav(double seconds) {
        int samples = (int) Math.round(seconds * WAV_RATE);
        int dataBytes = samples * 2;
        ByteBuffer b = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put(ascii("RIFF")).putInt(36 + dataBytes).put(ascii("WAVE"));
        b.put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) 1).putInt(WAV_RATE)
                .putInt(WAV_RATE * 2).putShort((short) 2).putShort((short) 16);
        b.put(ascii("data")).putInt(dataBytes);
        for (int i = 0; i < samples; i++) {
            b.putShort((short) (Math.sin(2 * Math.PI * 440 * i / WAV_RATE) * 3000));
        }
        return b.array();
    }

    static int mp3Frames(double seconds) {
        return Math.max(1, (int) Math.round(seconds * MP3_RATE / MP3_SAMPLES_PER_FRAME));
    }

    /** The playing time of {@link #mp3(double)}: a whole number of 24 ms frames. */
    static double mp3Seconds(double seconds) {
        return mp3Frames(seconds) * (double) MP3_SAMPLES_PER_FRAME / MP3_RATE;
    }

    static byte[] mp3(double seconds) {
        int frames = mp3Frames(seconds);
        ByteArrayOutputStream out = new ByteArrayOutputStream(frames * MP3_FRAME_BYTES);
        byte[] frame = new byte[MP3_FRAME_BYTES];
        System.arraycopy(MP3_HEADER, 0, frame, 0, MP3_HEADER.length);
        for (int i = 0; i < frames; i++) {
            out.write(frame, 0, frame.length);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
