package org.tomoni.lessons.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.tomoni.lessons.Title;

/**
 * Turns an author's Markdown into HTML that is safe to show: their own HTML is escaped, and furigana written as
 * {@code {漢字|かんじ}} become {@code <ruby>} (the learner's preference decides whether the reading shows).
 */
final class LessonMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    /** The author's HTML is escaped and links may only lead to web pages or e-mail: never to a script. */
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Pattern LINK = Pattern.compile("<a [^>]*href=\"([^\"]*)\"");
    private static final Pattern FURIGANA = Pattern.compile("\\{([^{}|\\n]+)\\|([^{}|\\n]+)}");
    /**
     * Furigana stand in the Markdown as private-use letters while it is parsed. Braces are punctuation to
     * CommonMark, so {@code **{電源|でんげん}**を} would otherwise not count as bold; a letter does.
     */
    private static final char TOKEN_START = '\uE000';
    private static final Pattern TOKEN = Pattern.compile(TOKEN_START + "([\uE100-\uEFFF])");

    private LessonMarkdown() {
    }

    static String block(String markdown) {
        List<String> standIns = new ArrayList<>();
        String tokenised = standIn(FURIGANA, markdown, standIns,
                furigana -> ruby(escape(furigana.group(1)), escape(furigana.group(2))));
        tokenised = punctuationInsideEmphasis(tokenised, standIns);
        String html = RENDERER.render(PARSER.parse(tokenised)).strip();
        return TOKEN.matcher(html).replaceAll(token -> Matcher.quoteReplacement(
                standIns.get(token.group(1).charAt(0) - '\uE100')));
    }

    /**
     * Japanese punctuation just inside bold marks, as in {@code **LINE（ライン）**を}, keeps CommonMark from seeing
     * the marks as bold: its rules expect spaces between words. Such punctuation stands in as a letter while
     * parsing. Punctuation is "inside" when a letter stands on the run's other side; with punctuation or a space
     * on both sides CommonMark already decides well, and it is left alone.
     */
    private static String punctuationInsideEmphasis(String markdown, List<String> standIns) {
        StringBuilder out = new StringBuilder(markdown.length());
        boolean[] standsIn = new boolean[markdown.length()];
        for (int i = 0; i < markdown.length(); ) {
            char mark = markdown.charAt(i);
            if (mark != '*' && mark != '_') {
                i++;
                continue;
            }
            int end = i;
            while (end < markdown.length() && markdown.charAt(end) == mark) {
                end++;
            }
            if (i > 0 && end < markdown.length()) {
                char before = markdown.charAt(i - 1);
                char after = markdown.charAt(end);
                if (isWidePunctuation(before) && isLetterLike(after)) {
                    standsIn[i - 1] = true;
                } else if (isWidePunctuation(after) && isLetterLike(before)) {
                    standsIn[end] = true;
                }
            }
            i = end;
        }
        for (int i = 0; i < markdown.length(); i++) {
            if (standsIn[i]) {
                out.append(TOKEN_START).append((char) ('\uE100' + standIns.size()));
                standIns.add(String.valueOf(markdown.charAt(i)));
            } else {
                out.append(markdown.charAt(i));
            }
        }
        return out.toString();
    }

    private static boolean isWidePunctuation(char c) {
        return c > 0x7F && isPunctuationOrSymbol(c);
    }

    private static boolean isLetterLike(char c) {
        return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !isPunctuationOrSymbol(c);
    }

    /** What CommonMark counts as punctuation: Unicode's punctuation and symbol categories. */
    private static boolean isPunctuationOrSymbol(char c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    /** Replaces each match by a token that CommonMark reads as a letter, remembering the HTML it stands for. */
    private static String standIn(Pattern pattern, String markdown, List<String> standIns,
                                  java.util.function.Function<MatchResult, String> html) {
        Matcher matcher = pattern.matcher(markdown);
        StringBuilder tokenised = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(tokenised, "");
            tokenised.append(TOKEN_START).append((char) ('\uE100' + standIns.size()));
            standIns.add(html.apply(matcher.toMatchResult()));
        }
        matcher.appendTail(tokenised);
        return tokenised.toString();
    }

    /** One line of text, without the paragraph around it: a choice, a hint, a word of feedback. */
    static String inline(String markdown) {
        String html = block(markdown);
        return html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0
                ? html.substring(3, html.length() - 4) : html;
    }

    /** A heading: no Markdown, only furigana, so a title like "1. Start" stays a title. */
    static Title title(String text) {
        return new Title(FURIGANA.matcher(text).replaceAll("$1"), furigana(escape(text)));
    }

    static String furigana(String html) {
        return FURIGANA.matcher(html).replaceAll(match -> Matcher.quoteReplacement(
                ruby(match.group(1), match.group(2))));
    }

    /**
     * Bold or italic marks that did not pair up show as stray asterisks. In Japanese this happens when the closing
     * marks follow 。 or 、 and a letter comes straight after, which CommonMark does not count as an end.
     */
    static boolean hasStrayEmphasis(String html) {
        return html.contains("**") || html.contains("__");
    }

    /** A link that goes somewhere other than a web page or an e-mail address (the renderer has emptied it). */
    static boolean hasUnsafeLink(String html) {
        Matcher link = LINK.matcher(html);
        while (link.find()) {
            String target = link.group(1).toLowerCase(java.util.Locale.ROOT);
            if (!(target.startsWith("https://") || target.startsWith("http://") || target.startsWith("mailto:"))) {
                return true;
            }
        }
        return false;
    }

    private static String ruby(String base, String reading) {
        return "<ruby>" + base + "<rt>" + reading + "</rt></ruby>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
