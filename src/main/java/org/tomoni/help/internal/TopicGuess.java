package org.tomoni.help.internal;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.tomoni.lessons.Skill;

/**
 * The topic of a help request that arrived as free words ("HELP my LINE won't open"), so that it reaches
 * volunteers who know it. Only clear words count; anything else is "something else", which every volunteer can
 * take.
 */
final class TopicGuess {

    private static final Map<Skill, List<String>> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put(Skill.SCAM_CHECKS, List.of("SCAM", "FRAUD", "詐欺", "さぎ", "架空請求", "振り込め"));
        WORDS.put(Skill.PHISHING, List.of("PHISHING", "フィッシング"));
        WORDS.put(Skill.MESSAGING_APPS, List.of("LINE", "WHATSAPP", "MESSAGE", "メッセージ", "ライン"));
        WORDS.put(Skill.VIDEO_CALLS, List.of("VIDEO", "ZOOM", "FACETIME", "ビデオ", "テレビ電話"));
        WORDS.put(Skill.PHOTOS, List.of("PHOTO", "PICTURE", "CAMERA", "写真", "しゃしん", "カメラ"));
        WORDS.put(Skill.MAPS, List.of("MAP", "地図", "ちず", "マップ"));
        WORDS.put(Skill.GOVERNMENT_ONLINE, List.of("MY NUMBER", "MYNA", "マイナ", "マイナンバー", "役所"));
        WORDS.put(Skill.CLINIC_BOOKING, List.of("CLINIC", "HOSPITAL", "DOCTOR", "病院", "予約", "クリニック"));
        WORDS.put(Skill.PASSWORDS, List.of("PASSWORD", "パスワード", "暗証"));
        WORDS.put(Skill.WEB_SEARCH, List.of("SEARCH", "GOOGLE", "検索", "けんさく"));
        WORDS.put(Skill.POWER_ON_OFF, List.of("TURN ON", "SWITCH ON", "電源", "でんげん"));
    }

    private TopicGuess() {
    }

    static Optional<Skill> from(String words) {
        // "online" is not LINE, in either language
        String text = Normalizer.normalize(words, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT)
                .replace("オンライン", "ONLINE");
        return WORDS.entrySet().stream()
                .filter(entry -> entry.getValue().stream().anyMatch(word -> mentions(text, word)))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** A Latin word counts only where a word starts: LINE, LINES, LINEが — not ONLINE, HOTLINE or RESEARCH. */
    private static boolean mentions(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            if (at == 0 || !latin(word.charAt(0)) || !latin(text.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean latin(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
