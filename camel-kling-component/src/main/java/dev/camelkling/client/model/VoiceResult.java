package dev.camelkling.client.model;

/**
 * A voice: a custom one (from a custom-voice task) or a preset.
 *
 * @param voiceId   the id tts, avatar prompts and voice_list take
 * @param voiceName its name
 * @param trialUrl  a sample of the voice
 * @param ownedBy   {@code kling} for presets, the creator's id otherwise
 */
public record VoiceResult(String voiceId, String voiceName, String trialUrl, String ownedBy) {
}
