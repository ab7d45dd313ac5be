package dev.camelkling.capabilities;

/** Tells the audio formats Kling takes apart by their first bytes. */
final class AudioFormats {

    private AudioFormats() {
    }

    /** {@code mp3}, {@code wav}, {@code m4a}, {@code aac}, or {@code null} for anything else. */
    static String detect(byte[] data) {
        if (data.length >= 12 && ascii(data, 0, "RIFF") && ascii(data, 8, "WAVE")) {
            return "wav";
        }
        if (data.length >= 3 && ascii(data, 0, "ID3")) {
            return "mp3";
        }
        if (data.length >= 8 && ascii(data, 4, "ftyp")) {
            return "m4a";
        }
        if (data.length >= 2 && (data[0] & 0xFF) == 0xFF) {
            int second = data[1] & 0xFF;
            if ((second & 0xF6) == 0xF0) {
                return "aac"; // ADTS: sync word, layer 00
            }
            if ((second & 0xE0) == 0xE0) {
                return "mp3"; // MPEG audio frame sync
            }
        }
        return null;
    }

    private static boolean ascii(byte[] data, int offset, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (data[offset + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
