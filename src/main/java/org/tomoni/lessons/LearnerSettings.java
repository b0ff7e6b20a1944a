package org.tomoni.lessons;

import org.jspecify.annotations.Nullable;

/**
 * How a learner likes lessons shown, remembered across lessons and tablets.
 *
 * @param device       whose screens to describe, once the learner has said; null until then
 * @param furigana     readings above kanji in Japanese lessons
 * @param easyJapanese やさしい日本語 where a lesson provides it
 * @param speechRate   read-aloud speed, 0.5 (slow) to 1.5 (fast)
 */
public record LearnerSettings(@Nullable Device device, boolean furigana, boolean easyJapanese, double speechRate) {

    public static final LearnerSettings DEFAULTS = new LearnerSettings(null, true, false, 0.9);

    public LearnerSettings {
        speechRate = Math.clamp(speechRate, 0.5, 1.5);
    }

    public LearnerSettings withDevice(Device newDevice) {
        return new LearnerSettings(newDevice, furigana, easyJapanese, speechRate);
    }

    public LearnerSettings withFurigana(boolean on) {
        return new LearnerSettings(device, on, easyJapanese, speechRate);
    }

    public LearnerSettings withEasyJapanese(boolean on) {
        return new LearnerSettings(device, furigana, on, speechRate);
    }

    public LearnerSettings withSpeechRate(double rate) {
        return new LearnerSettings(device, furigana, easyJapanese, rate);
    }
}
