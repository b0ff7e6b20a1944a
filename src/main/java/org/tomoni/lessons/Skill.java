package org.tomoni.lessons;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a learner can do after a lesson. The same words describe what a volunteer can help with, so a stuck learner
 * and the right helper find each other. Lessons name them in {@code lesson.yaml} by {@link #code()}.
 */
public enum Skill {
    TOUCH_SCREEN, POWER_ON_OFF, VIDEO_CALLS, PHOTOS, WEB_SEARCH, MAPS, MESSAGING_APPS, SCAM_CHECKS,
    GOVERNMENT_ONLINE, CLINIC_BOOKING, PASSWORDS, PRIVACY, PHISHING, ONLINE_KINDNESS, FACT_CHECKING,
    DIGITAL_WELLBEING;

    /** As written in lesson files and translation keys: {@code video-calls}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Skill> ofCode(String code) {
        return Arrays.stream(values()).filter(skill -> skill.code().equals(code)).findFirst();
    }
}
