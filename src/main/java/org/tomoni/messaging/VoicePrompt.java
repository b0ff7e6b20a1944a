package org.tomoni.messaging;

/**
 * What a call says, in which language, and what it listens for afterwards.
 *
 * @param languageTag  {@code ja-JP} or {@code en-US}
 * @param gatherDigits how many keys to wait for (0: listen for nothing)
 * @param gatherSpeech also accept a spoken answer
 */
public record VoicePrompt(String text, String languageTag, int gatherDigits, boolean gatherSpeech) {

    public VoicePrompt {
        OutboundSms.requireText(text, "text");
        if (gatherDigits < 0) {
            throw new IllegalArgumentException("gatherDigits must not be negative");
        }
    }

    public boolean listens() {
        return gatherDigits > 0 || gatherSpeech;
    }
}
