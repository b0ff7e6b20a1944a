package org.tomoni.help.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads a text to the Tomoni number as an answer about help, in English or Japanese, however it was typed:
 * full-width letters and digits, kana, a trailing 。 or !, any case. Bare digits are left for the caller to
 * place: "1" is YES from a volunteer with an open offer, and a rating from a learner asked "Did this help?".
 */
final class ReplyParser {

    /** Japanese is written without spaces: はい4821 is as good as はい 4821. */
    private static final String CODE = "(?:\\s*#?(\\d{4}))?";
    private static final String SPACED_CODE = "(?:\\s+#?(\\d{4}))?";
    private static final Pattern YES = Pattern.compile("(?:YES|Y|OK|はい|ハイ|OK です|いいよ|引き受けます)" + CODE);
    private static final Pattern NO = Pattern.compile("(?:NO|N|いいえ|イイエ|むり|無理|パス|PASS)" + CODE);
    private static final Pattern DONE = Pattern.compile("(?:DONE|完了|終了|終わり|おわり)" + CODE + "(?:\\s+(.+))?",
            Pattern.DOTALL);
    private static final Pattern CALL = Pattern.compile("(?:CALL|電話|でんわ)" + CODE);
    private static final Pattern DIGIT = Pattern.compile("([123])" + SPACED_CODE);
    private static final Pattern HELP_ME = Pattern.compile(
            "(?:(?:HELP|ヘルプ)[\\s:：,、]+|(?:助けて|たすけて|手伝って|てつだって)[\\s:：,、]*)(.+)", Pattern.DOTALL);
    private static final Pattern SCAM = Pattern.compile("(?:SCAM\\??|詐欺[？?]?|さぎ[？?]?)(?:[\\s:：,、]+(.*))?",
            Pattern.DOTALL);

    private ReplyParser() {
    }

    sealed interface Reply {
    }

    record Yes(@Nullable String code) implements Reply {
    }

    record No(@Nullable String code) implements Reply {
    }

    record Done(@Nullable String code, String outcome) implements Reply {
    }

    record Call(@Nullable String code) implements Reply {
    }

    /** 1, 2 or 3 alone (with a code, only a volunteer means it). */
    record Digit(int digit, @Nullable String code) implements Reply {
    }

    record HelpMe(String words) implements Reply {
    }

    record ScamCheck(String words) implements Reply {
    }

    static Optional<Reply> parse(String body) {
        String text = Normalizer.normalize(body, Normalizer.Form.NFKC).strip()
                .replaceAll("[。.!！]+$", "").strip();
        String upper = text.toUpperCase(Locale.ROOT);
        Matcher matcher;
        if ((matcher = YES.matcher(upper)).matches()) {
            return Optional.of(new Yes(matcher.group(1)));
        }
        if ((matcher = NO.matcher(upper)).matches()) {
            return Optional.of(new No(matcher.group(1)));
        }
        if ((matcher = DIGIT.matcher(upper)).matches()) {
            return Optional.of(new Digit(Integer.parseInt(matcher.group(1)), matcher.group(2)));
        }
        if ((matcher = CALL.matcher(upper)).matches()) {
            return Optional.of(new Call(matcher.group(1)));
        }
        if ((matcher = DONE.matcher(upper)).matches()) {
            // the outcome keeps the volunteer's own case
            String outcome = matcher.group(2) == null ? "" : text.substring(matcher.start(2)).strip();
            return Optional.of(new Done(matcher.group(1), outcome));
        }
        if ((matcher = SCAM.matcher(upper)).matches()) {
            return Optional.of(new ScamCheck(matcher.group(1) == null ? "" : text.substring(matcher.start(1))));
        }
        if ((matcher = HELP_ME.matcher(upper)).matches()) {
            return Optional.of(new HelpMe(text.substring(matcher.start(1)).strip()));
        }
        return Optional.empty();
    }
}
