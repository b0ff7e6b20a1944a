package org.tomoni.volunteers.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a volunteer can text: ON, OFF, PAUSE 7, STATUS, or the same in Japanese (オン, オフ, 休み 7, 状態).
 * Full-width letters and digits from a Japanese keyboard count, capitals do not matter.
 */
sealed interface VolunteerCommand {

    Pattern PAUSE = Pattern.compile("(?:PAUSE|休み|やすみ)\\s*(\\d{1,3})?\\s*(?:DAYS?|日)?");
    /** "ON." or 「オン。」: a full stop typed out of habit changes nothing. */
    Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s。．.!！、,]+$");

    record On() implements VolunteerCommand {
    }

    record Off() implements VolunteerCommand {
    }

    /** @param days 0 when the volunteer left the number out: they are told how to write it */
    record Pause(int days) implements VolunteerCommand {
    }

    record Status() implements VolunteerCommand {
    }

    static Optional<VolunteerCommand> parse(String text) {
        String word = TRAILING_PUNCTUATION.matcher(
                Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT)).replaceAll("");
        Matcher pause = PAUSE.matcher(word);
        if (pause.matches()) {
            return Optional.of(new Pause(pause.group(1) == null ? 0 : Integer.parseInt(pause.group(1))));
        }
        // Hiragana is what a phone in kana mode types for オン and オフ.
        return switch (word) {
            case "ON", "オン", "おん" -> Optional.of(new On());
            case "OFF", "オフ", "おふ" -> Optional.of(new Off());
            case "STATUS", "状態", "じょうたい" -> Optional.of(new Status());
            default -> Optional.empty();
        };
    }
}
