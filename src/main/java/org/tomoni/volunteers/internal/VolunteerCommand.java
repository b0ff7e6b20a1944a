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

    Pattern PAUSE = Pattern.compile("(?:PAUSE|休み|やすみ)\\s*(\\d{1,3})\\s*(?:DAYS?|日)?");

    record On() implements VolunteerCommand {
    }

    record Off() implements VolunteerCommand {
    }

    record Pause(int days) implements VolunteerCommand {
    }

    record Status() implements VolunteerCommand {
    }

    static Optional<VolunteerCommand> parse(String text) {
        String word = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
        Matcher pause = PAUSE.matcher(word);
        if (pause.matches()) {
            return Optional.of(new Pause(Integer.parseInt(pause.group(1))));
        }
        return switch (word) {
            case "ON", "オン" -> Optional.of(new On());
            case "OFF", "オフ" -> Optional.of(new Off());
            case "STATUS", "状態", "じょうたい" -> Optional.of(new Status());
            default -> Optional.empty();
        };
    }
}
