package org.tomoni.lessons.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tomoni.lessons.ContentProblem;
import org.tomoni.lessons.Device;
import org.tomoni.lessons.Lesson;
import org.tomoni.lessons.LessonLanguage;
import org.tomoni.lessons.LessonStep;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lesson files an author writes: a correct lesson loads with every kind of step; each kind of mistake keeps
 * that lesson out with a message naming the file and line, and the other lessons still load.
 */
class LessonContentTest {

    private static final Path VALID = ValidLesson.FOLDER;

    @TempDir
    Path content;

    @Test
    void aCorrectLessonLoadsWithEveryKindOfStepInBothLanguages() throws IOException {
        copyLesson("first-steps");

        ContentLibrary.Loaded loaded = ContentLibrary.load(content);

        assertThat(loaded.problems()).isEmpty();
        Lesson lesson = loaded.lessons().getFirst();
        assertThat(lesson.info().devices()).containsExactlyInAnyOrder(Device.IPHONE, Device.ANDROID);
        assertThat(lesson.text(LessonLanguage.EASY_JAPANESE)).isEmpty();
        var english = lesson.text(LessonLanguage.ENGLISH).orElseThrow();
        assertThat(english.title().text()).isEqualTo("First steps");
        assertThat(english.steps()).hasSize(6);
        assertThat(english.steps().getFirst()).isInstanceOfSatisfying(LessonStep.Explanation.class, step -> {
            assertThat(step.html()).contains("<strong>light touch</strong>");
            assertThat(step.picture().path()).isEqualTo("first-steps/images/screen.svg");
            assertThat(step.perDevice().get(Device.ANDROID)).contains("round button");
        });
        assertThat(english.steps().get(1)).isInstanceOfSatisfying(LessonStep.TapPractice.class, step -> {
            assertThat(step.target().contains(50, 85)).isTrue();
            assertThat(step.target().contains(10, 10)).isFalse();
        });
        assertThat(english.steps().get(2)).isInstanceOfSatisfying(LessonStep.TypePractice.class, step -> {
            assertThat(step.answers()).containsExactly("weather", "the weather");
            assertThat(step.accepts("  The   Weather ")).isTrue();
            assertThat(step.accepts("ｗｅａｔｈｅｒ")).isTrue();
            assertThat(step.accepts("rain")).isFalse();
        });
        assertThat(english.steps().get(3)).isInstanceOfSatisfying(LessonStep.OrderPractice.class,
                step -> assertThat(step.itemsInOrder()).hasSize(3).first().isEqualTo("Open the phone app"));
        assertThat(english.steps().get(4)).isInstanceOfSatisfying(LessonStep.Check.class,
                step -> assertThat(step.choices()).extracting(LessonStep.Choice::correct).containsExactly(true, false));
        assertThat(lesson.text(LessonLanguage.JAPANESE).orElseThrow().steps().getFirst())
                .isInstanceOfSatisfying(LessonStep.Explanation.class,
                        step -> assertThat(step.html()).contains("<ruby>画面<rt>がめん</rt></ruby>"));
    }

    @Test
    void theAuthorsOwnHtmlIsShownAsTextNeverRun() throws IOException {
        copyLesson("first-steps");
        replace("first-steps/en.md", "The screen reacts", "<script>alert(1)</script>\n\nThe screen reacts");

        LessonStep.Explanation first = (LessonStep.Explanation) ContentLibrary.load(content).lessons().getFirst()
                .text(LessonLanguage.ENGLISH).orElseThrow().steps().getFirst();

        assertThat(first.html()).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void aMissingTranslationKeepsOnlyThatLessonOut() throws IOException {
        copyLesson("first-steps");
        copyLesson("second-lesson");
        Files.delete(content.resolve("second-lesson/ja.md"));

        ContentLibrary.Loaded loaded = ContentLibrary.load(content);

        assertThat(loaded.lessons()).extracting(lesson -> lesson.id().value()).containsExactly("first-steps");
        assertThat(loaded.problems()).containsExactly(new ContentProblem("second-lesson/ja.md", 0,
                "Missing translation: every lesson is written in English (en.md) and Japanese (ja.md)"));
    }

    @Test
    void anUnknownStepKindNamesTheLineAndTheKindsThereAre() throws IOException {
        copyLesson("first-steps");
        replace("first-steps/ja.md", "## Check: 画面はどう押しますか？", "## Quiz: 画面はどう押しますか？");

        assertThat(ContentLibrary.load(content).problems()).containsExactly(new ContentProblem("first-steps/ja.md", 38,
                "Unknown step kind 'Quiz': use " + StepParser.KINDS));
    }

    @Test
    void aCheckWithoutARightAnswerIsRefused() throws IOException {
        copyLesson("first-steps");
        replace("first-steps/en.md", "- [x] Gently", "- [ ] Gently");

        assertThat(ContentLibrary.load(content).problems()).containsExactly(new ContentProblem("first-steps/en.md", 38,
                "A check needs at least one right answer, marked '- [x]'"));
    }

    @Test
    void aBrokenPictureOrOneWithoutDescriptionIsNamed() throws IOException {
        copyLesson("first-steps");
        replace("first-steps/en.md", "![A tablet screen with a round button at the bottom](images/screen.svg)\n\n:::",
                "![](images/missing.svg)\n\n:::");

        assertThat(ContentLibrary.load(content).problems()).containsExactly(
                new ContentProblem("first-steps/en.md", 6, "A picture needs a description for people who cannot see "
                        + "it: ![what it shows](images/missing.svg)"),
                new ContentProblem("first-steps/en.md", 6,
                        "Picture not found: images/missing.svg (pictures belong in the lesson's folder)"));
    }

    @Test
    void badMetadataIsExplainedFieldByField() throws IOException {
        copyLesson("first-steps");
        replace("first-steps/lesson.yaml", "audience: senior", "audience: grandparents");
        replace("first-steps/lesson.yaml", "minutes: 8", "minutes: soon");

        assertThat(ContentLibrary.load(content).problems()).containsExactly(
                new ContentProblem("first-steps/lesson.yaml", 0,
                        "'audience: grandparents' is not one of senior, youth, all"),
                new ContentProblem("first-steps/lesson.yaml", 0, "'minutes:' must be a whole number from 1 to 120"));
    }

    @Test
    void yamlThatDoesNotParseNamesItsLine() throws IOException {
        copyLesson("first-steps");
        replace("first-steps/lesson.yaml", "topic: basics", "topic: [basics");

        assertThat(ContentLibrary.load(content).problems()).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.file()).isEqualTo("first-steps/lesson.yaml");
                    assertThat(problem.line()).isPositive();
                    assertThat(problem.message()).startsWith("Not valid YAML");
                });
    }

    @Test
    void languagesMustTellTheSameStepsInTheSameOrder() throws IOException {
        copyLesson("first-steps");
        replace("first-steps/ja.md", "## Practice (order): 電話をかける", "## Explanation: 電話をかける");

        assertThat(ContentLibrary.load(content).problems()).contains(new ContentProblem("first-steps/ja.md", 0,
                "Step 4 is an Explanation here but a Practice (order) in en.md"));
    }

    @Test
    void aTapPracticeNeedsATargetInsideThePictureAndKindWords() throws IOException {
        copyLesson("first-steps");
        replace("first-steps/en.md", "- target: 40, 75, 20, 20", "- target: 90, 75, 20, 20");
        replace("first-steps/en.md", "- hint: It is the round button near the bottom.\n", "");

        assertThat(ContentLibrary.load(content).problems()).containsExactly(
                new ContentProblem("first-steps/en.md", 16, "The target must lie inside the picture (0 to 100 percent)"),
                new ContentProblem("first-steps/en.md", 16,
                        "This practice needs '- hint: ' with a kind sentence for the learner"));
    }

    @Test
    void furiganaInTitlesAndFieldsShowsAsRubyOrPlainKanjiNeverAsMarkup() throws IOException {
        copyLesson("first-steps");
        replace("first-steps/ja.md", "# はじめの一歩", "# はじめの{一歩|いっぽ}");
        replace("first-steps/ja.md", "## Explanation: 画面", "## Explanation: {画面|がめん}");
        replace("first-steps/ja.md", "- field: 検索", "- field: {検索|けんさく}");

        var japanese = ContentLibrary.load(content).lessons().getFirst().text(LessonLanguage.JAPANESE).orElseThrow();

        assertThat(japanese.title().text()).isEqualTo("はじめの一歩");
        assertThat(japanese.title().html()).isEqualTo("はじめの<ruby>一歩<rt>いっぽ</rt></ruby>");
        assertThat(japanese.steps().getFirst().title().html()).isEqualTo("<ruby>画面<rt>がめん</rt></ruby>");
        assertThat(japanese.steps().get(2)).isInstanceOfSatisfying(LessonStep.TypePractice.class,
                step -> assertThat(step.fieldLabel()).isEqualTo("検索"));
    }

    @Test
    void japaneseBoldNextToPunctuationOrFuriganaIsBold() {
        assertThat(LessonMarkdown.block("日本では**LINE（ライン）**を使います。"))
                .isEqualTo("<p>日本では<strong>LINE（ライン）</strong>を使います。</p>");
        assertThat(LessonMarkdown.block("**{診察券|しんさつけん}**を出します。"))
                .isEqualTo("<p><strong><ruby>診察券<rt>しんさつけん</rt></ruby></strong>を出します。</p>");
        assertThat(LessonMarkdown.block("- **○**：空いています")).contains("<strong>○</strong>：空いています");
        assertThat(LessonMarkdown.block("電話なら、**#9110**（警察）へ")).contains("、<strong>#9110</strong>（警察）");
    }

    @Test
    void boldMarksThatDoNotPairUpAreNamedWithTheirLine() throws IOException {
        copyLesson("first-steps");
        replace("first-steps/en.md", "**light touch**", "**light touch");

        assertThat(ContentLibrary.load(content).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("first-steps/en.md");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).startsWith("Bold or italic marks (** or __) in this step do not pair up");
        });
    }

    @Test
    void aLinkThatRunsAScriptIsRefused() throws IOException {
        copyLesson("first-steps");
        replace("first-steps/en.md", "The screen reacts", "[Tap here](javascript:alert(document.cookie)) The screen reacts");

        assertThat(ContentLibrary.load(content).problems()).containsExactly(new ContentProblem("first-steps/en.md", 3,
                "A link in this step does not lead to a web page: links start with https://, http:// or mailto:"));
    }

    @Test
    void aWebLinkIsKept() throws IOException {
        copyLesson("first-steps");
        replace("first-steps/en.md", "The screen reacts", "[Digital Agency](https://www.digital.go.jp/) The screen reacts");

        assertThat(ContentLibrary.load(content).lessons().getFirst().text(LessonLanguage.ENGLISH).orElseThrow()
                .steps().getFirst().html()).contains("href=\"https://www.digital.go.jp/\">Digital Agency</a>");
    }

    @Test
    void everyLanguageMustOfferTheAnswersInTheSameOrder() throws IOException {
        copyLesson("first-steps");
        replace("first-steps/ja.md", "- [x] 指1本で、やさしく | そのとおり。軽く触れるだけで十分です。\n"
                + "- [ ] 手のひら全体で、強く | その必要はありません。軽く触れる方がうまくいきます。",
                "- [ ] 手のひら全体で、強く | その必要はありません。軽く触れる方がうまくいきます。\n"
                + "- [x] 指1本で、やさしく | そのとおり。軽く触れるだけで十分です。");

        assertThat(ContentLibrary.load(content).problems()).containsExactly(new ContentProblem("first-steps/ja.md", 0,
                "Step 5 has its answers in a different number or order than in en.md: keep the same answers in the "
                        + "same order, the right ones in the same place"));
    }

    @Test
    void skillsAndTopicsAreTheWordsVolunteersUseToo() throws IOException {
        copyLesson("first-steps");
        replace("first-steps/lesson.yaml", "topic: basics", "topic: gardening");
        replace("first-steps/lesson.yaml", "skills: [touch-screen]", "skills: [touch-screen, knitting]");

        assertThat(ContentLibrary.load(content).problems()).extracting(ContentProblem::message)
                .anySatisfy(message -> assertThat(message).startsWith("Unknown topic 'gardening': use one of basics,"))
                .anySatisfy(message -> assertThat(message).startsWith("Unknown skill 'knitting': use the words"));
    }

    @Test
    void aPictureNameTheAppCannotServeIsRefused() throws IOException {
        copyLesson("first-steps");
        Files.copy(content.resolve("first-steps/images/screen.svg"), content.resolve("first-steps/images/home screen.svg"));
        replace("first-steps/en.md", "![A tablet screen with a round button at the bottom](images/screen.svg)\n\n::: iphone",
                "![A tablet screen with a round button at the bottom](images/home screen.svg)\n\n::: iphone");

        assertThat(ContentLibrary.load(content).problems()).singleElement().satisfies(problem ->
                assertThat(problem.message()).startsWith("A picture's name is images/ followed by letters"));
    }

    @Test
    void theExampleInTheAuthorsGuideIsAValidLesson() throws IOException {
        String guide = Files.readString(Path.of("content/README.md"));
        int start = guide.indexOf("````markdown\n") + "````markdown\n".length();
        String example = guide.substring(start, guide.indexOf("````", start));
        Path lesson = content.resolve("video-calls");
        Files.createDirectories(lesson.resolve("images"));
        Files.writeString(lesson.resolve("lesson.yaml"), guide.substring(guide.indexOf("id: video-calls"),
                guide.indexOf("```", guide.indexOf("id: video-calls"))));
        Files.writeString(lesson.resolve("en.md"), example);
        Files.writeString(lesson.resolve("ja.md"), example);
        for (String picture : new String[] {"waving.svg", "contact.svg"}) {
            Files.copy(VALID.resolve("images/screen.svg"), lesson.resolve("images").resolve(picture));
        }

        ContentLibrary.Loaded loaded = ContentLibrary.load(content);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.lessons()).singleElement().satisfies(loadedLesson ->
                assertThat(loadedLesson.text(LessonLanguage.ENGLISH).orElseThrow().steps()).hasSize(7));
    }

    private void copyLesson(String as) throws IOException {
        ValidLesson.copyInto(content, as);
    }

    private void replace(String file, String from, String to) throws IOException {
        Path path = content.resolve(file);
        String text = Files.readString(path);
        assertThat(text).as("the fixture has the text to change").contains(from);
        Files.writeString(path, text.replace(from, to));
    }
}
