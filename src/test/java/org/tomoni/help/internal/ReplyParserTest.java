package org.tomoni.help.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tomoni.help.internal.ReplyParser.Call;
import org.tomoni.help.internal.ReplyParser.Digit;
import org.tomoni.help.internal.ReplyParser.Done;
import org.tomoni.help.internal.ReplyParser.HelpMe;
import org.tomoni.help.internal.ReplyParser.No;
import org.tomoni.help.internal.ReplyParser.ScamCheck;
import org.tomoni.help.internal.ReplyParser.Yes;
import org.tomoni.lessons.Skill;

/** Texts to the Tomoni number about help, as people type them on any phone, in English or Japanese. */
class ReplyParserTest {

    /** What may follow the word, and the code it carries. */
    private static final List<Arguments> ENDINGS = List.of(
            Arguments.of("", null),
            Arguments.of("!", null),
            Arguments.of("。", null),
            Arguments.of(" 4821", "4821"),
            Arguments.of("　４８２１", "4821"),
            Arguments.of(" #4821", "4821"),
            Arguments.of(" ＃４８２１", "4821"),
            Arguments.of(" 4821!", "4821"),
            Arguments.of(" 4821。", "4821"),
            Arguments.of("  4821  ", "4821"),
            Arguments.of("4821", "4821"));

    static Stream<Arguments> yeses() {
        return withEndings("YES", "Y", "yes", "Yes", "y", "OK", "ok", "はい", "ハイ", "ﾊｲ", "ＹＥＳ", "ｙｅｓ");
    }

    static Stream<Arguments> noes() {
        return withEndings("NO", "no", "No", "N", "n", "いいえ", "イイエ", "ＮＯ");
    }

    static Stream<Arguments> calls() {
        return withEndings("CALL", "call", "Call", "電話", "でんわ", "ＣＡＬＬ");
    }

    private static Stream<Arguments> withEndings(String... words) {
        return Stream.of(words).flatMap(word -> ENDINGS.stream()
                .map(ending -> Arguments.of(word + ending.get()[0], ending.get()[1])));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("yeses")
    void yesWithOrWithoutTheOffersCode(String text, @Nullable String code) {
        assertThat(ReplyParser.parse(text)).contains(new Yes(code));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "YES 4821      | 4821",
            "はい　４８２１   | 4821",
            "yes #4821     | 4821",
            "  Yes 0007.   | 0007",
            "ＹＥＳ         | "})
    void theExamplesFromTheOfferText(String text, @Nullable String code) {
        assertThat(ReplyParser.parse(text)).contains(new Yes(code));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("noes")
    void noWithOrWithoutTheOffersCode(String text, @Nullable String code) {
        assertThat(ReplyParser.parse(text)).contains(new No(code));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("calls")
    void callWithOrWithoutTheOffersCode(String text, @Nullable String code) {
        assertThat(ReplyParser.parse(text)).contains(new Call(code));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "1         | 1 | ",
            "2         | 2 | ",
            "3         | 3 | ",
            "１         | 1 | ",
            "３。        | 3 | ",
            "1 4821    | 1 | 4821",
            "１　４８２１  | 1 | 4821",
            "1 #4821   | 1 | 4821"})
    void bareDigitsAreLeftForTheCallerToPlace(String text, int digit, @Nullable String code) {
        // "1" is YES from a volunteer with an open offer, and a rating from a learner
        assertThat(ReplyParser.parse(text)).contains(new Digit(digit, code));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "DONE                                          |      | ''",
            "done.                                         |      | ''",
            "DONE 4821                                     | 4821 | ''",
            "完了　４８２１                                      | 4821 | ''",
            "DONE 4821 Showed Mrs Sato how to reset her LINE PIN | 4821 | Showed Mrs Sato how to reset her LINE PIN",
            "done Set up Zoom for her GP appointment.      |      | Set up Zoom for her GP appointment",
            "Done #4821 iPhone now on iOS 18!              | 4821 | iPhone now on iOS 18",
            "完了 4821 LINEのパスワードを再設定しました。             | 4821 | LINEのパスワードを再設定しました",
            "終了 写真を孫に送れました                           |      | 写真を孫に送れました",
            "ＤＯＮＥ ４８２１ Fixed the Wi-Fi                   | 4821 | Fixed the Wi-Fi"})
    void doneKeepsTheOutcomeAsTheVolunteerWroteIt(String text, @Nullable String code, String outcome) {
        assertThat(ReplyParser.parse(text)).contains(new Done(code, outcome));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "HELP my LINE won't open                 | my LINE won't open",
            "help: My phone shows a red screen       | My phone shows a red screen",
            "Help, I can't find my photos!           | I can't find my photos",
            "助けて LINEが開きません                        | LINEが開きません",
            "助けて、LINEが開きません。                       | LINEが開きません",
            "助けてLINEが開きません                         | LINEが開きません",
            "ヘルプ　写真が消えました                          | 写真が消えました"})
    void aLearnerAsksForHelpInTheirOwnWords(String text, String words) {
        assertThat(ReplyParser.parse(text)).contains(new HelpMe(words));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "SCAM someone says I won a prize           | someone says I won a prize",
            "scam? Is this text from my bank real?     | Is this text from my bank real?",
            "Scam: PAY 50000 YEN TODAY                 | PAY 50000 YEN TODAY",
            "詐欺？ 息子を名乗る電話がありました                     | 息子を名乗る電話がありました",
            "詐欺?　還付金があると言われた                          | 還付金があると言われた",
            "SCAM                                      | ''",
            "詐欺？                                     | ''"})
    void aLearnerAsksWhetherSomethingIsAScam(String text, String words) {
        assertThat(ReplyParser.parse(text)).contains(new ScamCheck(words));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {
            "", "   ", "Thank you so much!", "See you at the library tomorrow", "ありがとうございました",
            "こんにちは", "Helpful, thanks", "Call me later", "No problem at all", "Yesterday was fine",
            "4", "0", "1234", "YES 12345", "HELP",
            // volunteers' duty commands, handled elsewhere
            "ON", "OFF", "STATUS", "オン", "PAUSE 7", "休み 7"})
    void everythingElseIsNotAboutHelp(String text) {
        assertThat(ReplyParser.parse(text)).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------- TopicGuess

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "my LINE won't open                      | MESSAGING_APPS",
            "LINEが開きません                              | MESSAGING_APPS",
            "ｌｉｎｅ doesn't show messages              | MESSAGING_APPS",
            "ラインの使い方                                | MESSAGING_APPS",
            "Is this a scam?                         | SCAM_CHECKS",
            "詐欺の電話かもしれません                          | SCAM_CHECKS",
            "LINEで詐欺のメッセージが来ました                     | SCAM_CHECKS",
            "Zoom call with my grandson              | VIDEO_CALLS",
            "写真を孫に送りたい                             | PHOTOS",
            "病院の予約をしたい                             | CLINIC_BOOKING",
            "I forgot my password                    | PASSWORDS",
            "I want to book online at the clinic     | CLINIC_BOOKING",
            "オンラインで病院の予約                           | CLINIC_BOOKING"})
    void aClearWordGivesTheTopic(String words, Skill topic) {
        assertThat(TopicGuess.from(words)).contains(topic);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {
            "", "my phone is acting strange", "よくわかりません", "the screen went dark",
            // "online" is not LINE, "research" is not a web search
            "How do I pay my tax online?", "オンラインで払いたい", "The hotline number does not answer",
            "I did some research"})
    void nothingClearGivesNoTopic(String words) {
        assertThat(TopicGuess.from(words)).isEmpty();
    }
}
