package org.tomoni.lessons;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the catalogue groups lessons by; lessons name theirs in {@code lesson.yaml} by {@link #code()}. */
public enum Topic {
    BASICS, COMMUNICATION, EVERYDAY, SAFETY, GOVERNMENT, PRIVACY, KINDNESS, INFORMATION;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Topic> ofCode(String code) {
        return Arrays.stream(values()).filter(topic -> topic.code().equals(code)).findFirst();
    }
}
