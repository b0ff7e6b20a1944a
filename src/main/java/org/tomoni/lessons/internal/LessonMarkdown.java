package org.tomoni.lessons.internal;

import java.util.regex.Pattern;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns an author's Markdown into HTML that is safe to show: their own HTML is escaped, and furigana written as
 * {@code {漢字|かんじ}} become {@code <ruby>} (the learner's preference decides whether the reading shows).
 */
final class LessonMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).build();
    private static final Pattern FURIGANA = Pattern.compile("\\{([^{}|\\n]+)\\|([^{}|\\n]+)}");

    private LessonMarkdown() {
    }

    static String block(String markdown) {
        return furigana(RENDERER.render(PARSER.parse(markdown)).strip());
    }

    /** One line of text, without the paragraph around it: a choice, a hint, a word of feedback. */
    static String inline(String markdown) {
        String html = block(markdown);
        return html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0
                ? html.substring(3, html.length() - 4) : html;
    }

    static String furigana(String html) {
        return FURIGANA.matcher(html).replaceAll("<ruby>$1<rt>$2</rt></ruby>");
    }
}
