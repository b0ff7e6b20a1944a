package org.tomoni.lessons.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tomoni.lessons.Lesson;
import org.tomoni.lessons.LessonInfo;
import org.tomoni.lessons.LessonLanguage;
import org.tomoni.lessons.LessonStep;
import org.tomoni.lessons.LessonText;

/**
 * One lesson's folder, read and checked as a whole: its metadata, every language file, and that the languages tell
 * the same lesson — the same steps, of the same kinds, in the same order — so a learner who switches language
 * stays on the same step.
 */
final class LessonFolder {

    static final int FEWEST_STEPS = 6;
    static final int MOST_STEPS = 12;

    private LessonFolder() {
    }

    static Optional<Lesson> read(Path folder, Problems problems) {
        String name = folder.getFileName().toString();
        Path metadata = folder.resolve("lesson.yaml");
        if (!Files.isRegularFile(metadata)) {
            problems.add(name + "/lesson.yaml", 0, "Missing: every lesson folder needs a lesson.yaml");
            return Optional.empty();
        }
        Optional<LessonInfo> info = MetadataReader.read(name, readText(metadata, name + "/lesson.yaml", problems),
                problems);
        Map<LessonLanguage, LessonText> texts = new EnumMap<>(LessonLanguage.class);
        for (LessonLanguage language : LessonLanguage.values()) {
            Path file = folder.resolve(language.fileName());
            String relative = name + "/" + language.fileName();
            if (!Files.isRegularFile(file)) {
                if (language.required()) {
                    problems.add(relative, 0, "Missing translation: every lesson is written in English (en.md) "
                            + "and Japanese (ja.md)");
                }
                continue;
            }
            List<String> lines = readText(file, relative, problems).lines().toList();
            StepParser.parse(folder, relative, lines, problems).ifPresent(text -> texts.put(language, text));
        }
        if (info.isEmpty() || problems.any()) {
            return Optional.empty();
        }
        checkShape(name, texts, problems);
        return problems.any() ? Optional.empty() : Optional.of(new Lesson(info.get(), texts));
    }

    private static void checkShape(String name, Map<LessonLanguage, LessonText> texts, Problems problems) {
        LessonText english = texts.get(LessonLanguage.ENGLISH);
        String englishFile = name + "/" + LessonLanguage.ENGLISH.fileName();
        int steps = english.steps().size();
        if (steps < FEWEST_STEPS || steps > MOST_STEPS) {
            problems.add(englishFile, 0, "A lesson has " + FEWEST_STEPS + " to " + MOST_STEPS + " steps; this one has "
                    + steps);
        }
        if (english.steps().stream().noneMatch(step -> step instanceof LessonStep.TapPractice
                || step instanceof LessonStep.TypePractice || step instanceof LessonStep.OrderPractice)) {
            problems.add(englishFile, 0, "A lesson needs at least one practice step");
        }
        if (english.steps().stream().noneMatch(LessonStep.Check.class::isInstance)) {
            problems.add(englishFile, 0, "A lesson needs at least one check step");
        }
        texts.forEach((language, text) -> {
            String file = name + "/" + language.fileName();
            if (text.steps().size() != steps) {
                problems.add(file, 0, "Has " + text.steps().size() + " steps where en.md has " + steps);
                return;
            }
            for (int i = 0; i < steps; i++) {
                String kind = kind(english.steps().get(i));
                if (!kind.equals(kind(text.steps().get(i)))) {
                    problems.add(file, 0, "Step " + (i + 1) + " is " + kind(text.steps().get(i)) + " here but "
                            + kind + " in en.md");
                } else if (english.steps().get(i) instanceof LessonStep.Check englishCheck
                        && text.steps().get(i) instanceof LessonStep.Check translated
                        && !rightAnswers(englishCheck).equals(rightAnswers(translated))) {
                    // Answers are marked by position: every language must offer them in the same order.
                    problems.add(file, 0, "Step " + (i + 1) + " has its answers in a different number or order "
                            + "than in en.md: keep the same answers in the same order, the right ones in the same place");
                }
            }
        });
    }

    /** For each answer in order, whether it is right: the shape every translation of a check must keep. */
    private static List<Boolean> rightAnswers(LessonStep.Check check) {
        return check.choices().stream().map(LessonStep.Choice::correct).toList();
    }

    private static String kind(LessonStep step) {
        return switch (step) {
            case LessonStep.Explanation ignored -> "an Explanation";
            case LessonStep.TapPractice ignored -> "a Practice (tap)";
            case LessonStep.TypePractice ignored -> "a Practice (type)";
            case LessonStep.OrderPractice ignored -> "a Practice (order)";
            case LessonStep.Check ignored -> "a Check";
        };
    }

    private static String readText(Path file, String relative, Problems problems) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(relative, 0, "Cannot be read as UTF-8 text: " + e.getMessage());
            return "";
        }
    }
}
