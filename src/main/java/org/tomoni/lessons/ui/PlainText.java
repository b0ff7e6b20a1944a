package org.tomoni.lessons.ui;

import org.jsoup.Jsoup;

/** The words of a lesson's HTML as a screen reader label needs them: no tags, and kanji without their readings. */
final class PlainText {

    private PlainText() {
    }

    static String of(String html) {
        var body = Jsoup.parseBodyFragment(html).body();
        body.select("rt, rp").remove();
        return body.text();
    }
}
