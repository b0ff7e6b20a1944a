package org.tomoni.lessons.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.tomoni.lessons.Device;
import org.tomoni.lessons.LessonStep;
import org.tomoni.lessons.LessonStep.Area;
import org.tomoni.lessons.LessonStep.Choice;
import org.tomoni.lessons.LessonStep.Picture;
import org.tomoni.lessons.LessonText;
import org.tomoni.lessons.Title;

/**
 * Reads one language file of a lesson: {@code # Title}, then one {@code ## Kind: title} heading per step. The step
 * kinds are written in English in every language, so one guide serves all authors.
 */
final class StepParser {

    static final String KINDS = "Explanation, Practice (tap), Practice (type), Practice (order) or Check";

    private static final Pattern TITLE = Pattern.compile("^# (.+)$");
    private static final Pattern STEP = Pattern.compile("^## ([^:]+):\\s*(.+)$");
    /** The pictures the app serves (see LessonPictures): no spaces, no other folders, no other formats. */
    private static final Pattern PICTURE_PATH = Pattern.compile("images/[A-Za-z0-9_-]+\\.(?:svg|png)");
    private static final Pattern PICTURE = Pattern.compile("^!\\[([^]]*)]\\(([^)]+)\\)\\s*$");
    private static final Pattern PROPERTY = Pattern.compile("^- (target|hint|success|field|answer):\\s*(.*)$");
    private static final Pattern CHOICE = Pattern.compile("^- \\[([ xX])] (.+)$");
    private static final Pattern ORDERED = Pattern.compile("^\\d+\\. (.+)$");
    private static final Pattern DEVICE_START = Pattern.compile("^::: *(\\S+)\\s*$");
    private static final String DEVICE_END = ":::";

    private final Path folder;
    private final String file;
    private final Problems problems;

    private StepParser(Path folder, String file, Problems problems) {
        this.folder = folder;
        this.file = file;
        this.problems = problems;
    }

    /** @param folder the lesson's folder, where pictures are looked for */
    static Optional<LessonText> parse(Path folder, String file, List<String> lines, Problems problems) {
        return new StepParser(folder, file, problems).parse(lines);
    }

    private Optional<LessonText> parse(List<String> lines) {
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        Matcher title = first < lines.size() ? TITLE.matcher(lines.get(first).strip()) : null;
        if (title == null || !title.matches()) {
            problems.add(file, first + 1, "The file must begin with the lesson's title, as '# Title'");
            return Optional.empty();
        }
        List<LessonStep> steps = new ArrayList<>();
        int start = -1;
        for (int i = first + 1; i <= lines.size(); i++) {
            boolean heading = i < lines.size() && lines.get(i).startsWith("## ");
            if (heading || i == lines.size()) {
                if (start >= 0) {
                    step(lines, start, i).ifPresent(steps::add);
                }
                start = i;
            }
        }
        if (steps.isEmpty() && !problems.any()) {
            problems.add(file, 0, "No steps: each step begins with '## Kind: title', where the kind is " + KINDS);
        }
        return problems.any() ? Optional.empty() : Optional.of(
                new LessonText(LessonMarkdown.title(title.group(1).strip()), steps));
    }

    private Optional<LessonStep> step(List<String> lines, int headingIndex, int end) {
        int line = headingIndex + 1;
        Matcher heading = STEP.matcher(lines.get(headingIndex).strip());
        if (!heading.matches()) {
            problems.add(file, line, "A step heading is '## Kind: title', where the kind is " + KINDS);
            return Optional.empty();
        }
        Body body = new Body(lines.subList(headingIndex + 1, end), line + 1);
        Title title = LessonMarkdown.title(heading.group(2).strip());
        Optional<LessonStep> step = switch (heading.group(1).strip()) {
            case "Explanation" -> explanation(title, body);
            case "Practice (tap)" -> tap(title, body, line);
            case "Practice (type)" -> type(title, body, line);
            case "Practice (order)" -> order(title, body, line);
            case "Check" -> check(title, body, line);
            default -> {
                problems.add(file, line, "Unknown step kind '" + heading.group(1).strip() + "': use " + KINDS);
                yield Optional.empty();
            }
        };
        step.filter(parsed -> shownText(parsed).stream().anyMatch(LessonMarkdown::hasStrayEmphasis))
                .ifPresent(parsed -> problems.add(file, line, "Bold or italic marks (** or __) in this step do not "
                        + "pair up and would show as they are. In Japanese, keep 。 and 、 outside them: "
                        + "**大切です**。"));
        step.filter(parsed -> shownText(parsed).stream().anyMatch(LessonMarkdown::hasUnsafeLink))
                .ifPresent(parsed -> problems.add(file, line, "A link in this step does not lead to a web page: "
                        + "links start with https://, http:// or mailto:"));
        return step;
    }

    private static List<String> shownText(LessonStep step) {
        List<String> shown = new ArrayList<>(List.of(step.html()));
        switch (step) {
            case LessonStep.Explanation explanation -> shown.addAll(explanation.perDevice().values());
            case LessonStep.TapPractice tap -> shown.addAll(List.of(tap.hint(), tap.success()));
            case LessonStep.TypePractice type -> shown.addAll(List.of(type.hint(), type.success()));
            case LessonStep.OrderPractice order -> {
                shown.addAll(order.itemsInOrder());
                shown.addAll(List.of(order.hint(), order.success()));
            }
            case LessonStep.Check check -> check.choices().forEach(choice -> {
                shown.add(choice.html());
                shown.add(choice.feedbackHtml());
            });
        }
        return shown;
    }

    private Optional<LessonStep> explanation(Title title, Body body) {
        Map<Device, String> perDevice = new EnumMap<>(Device.class);
        List<String> text = new ArrayList<>();
        Device device = null;
        StringBuilder deviceText = new StringBuilder();
        Picture picture = null;
        for (int i = 0; i < body.lines.size(); i++) {
            String line = body.lines.get(i);
            Matcher start = DEVICE_START.matcher(line.strip());
            if (device == null && start.matches()) {
                device = device(start.group(1), body.lineNumber(i));
                if (device == null) {
                    return Optional.empty();
                }
                deviceText.setLength(0);
            } else if (device != null && line.strip().equals(DEVICE_END)) {
                perDevice.put(device, LessonMarkdown.block(deviceText.toString()));
                device = null;
            } else if (device != null) {
                deviceText.append(line).append('\n');
            } else if (picture == null && PICTURE.matcher(line.strip()).matches()) {
                picture = picture(line.strip(), body.lineNumber(i));
            } else {
                text.add(line);
            }
        }
        if (device != null) {
            problems.add(file, body.firstLine, "A '::: " + device.name().toLowerCase(Locale.ROOT)
                    + "' block is not closed with ':::'");
        }
        return Optional.of(new LessonStep.Explanation(title, LessonMarkdown.block(String.join("\n", text)), picture,
                perDevice));
    }

    private Optional<LessonStep> tap(Title title, Body body, int line) {
        Picture screen = body.picture();
        Map<String, String> properties = body.properties();
        Area target = area(properties.get("target"), line);
        if (screen == null) {
            problems.add(file, line, "A tap practice needs the picture of the screen: ![what it shows](images/x.svg)");
        }
        String hint = required(properties, "hint", line);
        String success = required(properties, "success", line);
        if (screen == null || target == null || hint == null || success == null) {
            return Optional.empty();
        }
        return Optional.of(new LessonStep.TapPractice(title, body.textHtml(), screen, target, hint, success));
    }

    private Optional<LessonStep> type(Title title, Body body, int line) {
        int before = problems.count();
        Map<String, String> properties = body.properties();
        String field = properties.get("field");
        String answers = properties.get("answer");
        if (field == null || field.isBlank()) {
            problems.add(file, line, "A type practice needs '- field: ' with the label of the pretend field");
        }
        if (answers == null || answers.isBlank()) {
            problems.add(file, line, "A type practice needs '- answer: ' (several answers separated by '|')");
        }
        String hint = required(properties, "hint", line);
        String success = required(properties, "success", line);
        if (field == null || answers == null || hint == null || success == null || problems.count() > before) {
            return Optional.empty();
        }
        List<String> accepted = List.of(answers.split("\\|")).stream().map(String::strip)
                .filter(answer -> !answer.isEmpty()).toList();
        return Optional.of(new LessonStep.TypePractice(title, body.textHtml(),
                LessonMarkdown.title(field.strip()).text(), accepted, hint,
                success));
    }

    private Optional<LessonStep> order(Title title, Body body, int line) {
        Map<String, String> properties = body.properties();
        List<String> items = body.ordered();
        if (items.size() < 2) {
            problems.add(file, line, "An order practice needs at least two numbered steps: '1. …', '2. …'");
        }
        String hint = required(properties, "hint", line);
        String success = required(properties, "success", line);
        if (items.size() < 2 || hint == null || success == null) {
            return Optional.empty();
        }
        return Optional.of(new LessonStep.OrderPractice(title, body.textHtml(), items, hint, success));
    }

    private Optional<LessonStep> check(Title title, Body body, int line) {
        int before = problems.count();
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < body.lines.size(); i++) {
            Matcher choice = CHOICE.matcher(body.lines.get(i).strip());
            if (!choice.matches()) {
                continue;
            }
            int bar = choice.group(2).indexOf(" | ");
            if (bar < 0) {
                problems.add(file, body.lineNumber(i),
                        "Every answer needs a word of feedback after ' | ': '- [ ] answer | why'");
                continue;
            }
            choices.add(new Choice(LessonMarkdown.inline(choice.group(2).substring(0, bar).strip()),
                    !choice.group(1).isBlank(), LessonMarkdown.inline(choice.group(2).substring(bar + 3).strip())));
        }
        if (choices.size() < 2) {
            problems.add(file, line, "A check needs at least two answers: '- [x] right | why' and '- [ ] wrong | why'");
        } else if (choices.stream().noneMatch(Choice::correct)) {
            problems.add(file, line, "A check needs at least one right answer, marked '- [x]'");
        }
        return problems.count() > before ? Optional.empty()
                : Optional.of(new LessonStep.Check(title, body.textHtml(), choices));
    }

    private @Nullable Device device(String name, int line) {
        try {
            return Device.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(file, line, "Unknown device '" + name + "': use '::: iphone' or '::: android'");
            return null;
        }
    }

    private @Nullable Picture picture(String markdown, int line) {
        Matcher picture = PICTURE.matcher(markdown);
        if (!picture.matches()) {
            return null;
        }
        String description = picture.group(1).strip();
        String path = picture.group(2).strip();
        if (description.isEmpty()) {
            problems.add(file, line, "A picture needs a description for people who cannot see it: "
                    + "![what it shows](" + path + ")");
        }
        Path resolved = folder.resolve(path).normalize();
        if (!PICTURE_PATH.matcher(path).matches()) {
            problems.add(file, line, "A picture's name is images/ followed by letters, digits, - or _, ending in .svg "
                    + "or .png, such as images/home-screen.svg: " + path);
        } else if (!resolved.startsWith(folder) || !Files.isRegularFile(resolved)) {
            problems.add(file, line, "Picture not found: " + path + " (pictures belong in the lesson's folder)");
        }
        return new Picture(folder.getFileName() + "/" + path, LessonMarkdown.title(description).text());
    }

    private @Nullable Area area(@Nullable String value, int line) {
        String[] parts = value == null ? new String[0] : value.split(",");
        if (parts.length != 4) {
            problems.add(file, line, "A tap practice needs '- target: left, top, width, height' in percent of "
                    + "the picture, such as '- target: 40, 80, 20, 10'");
            return null;
        }
        try {
            double[] numbers = new double[4];
            for (int i = 0; i < 4; i++) {
                numbers[i] = Double.parseDouble(parts[i].strip());
            }
            if (numbers[0] < 0 || numbers[1] < 0 || numbers[2] <= 0 || numbers[3] <= 0
                    || numbers[0] + numbers[2] > 100 || numbers[1] + numbers[3] > 100) {
                problems.add(file, line, "The target must lie inside the picture (0 to 100 percent)");
                return null;
            }
            return new Area(numbers[0], numbers[1], numbers[2], numbers[3]);
        } catch (NumberFormatException notANumber) {
            problems.add(file, line, "'- target:' takes four numbers: left, top, width, height");
            return null;
        }
    }

    private @Nullable String required(Map<String, String> properties, String name, int line) {
        String value = properties.get(name);
        if (value == null || value.isBlank()) {
            problems.add(file, line, "This practice needs '- " + name + ": ' with a kind sentence for the learner");
            return null;
        }
        return LessonMarkdown.inline(value.strip());
    }

    /** The lines of one step after its heading. */
    private final class Body {

        private final List<String> lines;
        private final int firstLine;

        Body(List<String> lines, int firstLine) {
            this.lines = lines;
            this.firstLine = firstLine;
        }

        int lineNumber(int index) {
            return firstLine + index;
        }

        @Nullable Picture picture() {
            for (int i = 0; i < lines.size(); i++) {
                if (PICTURE.matcher(lines.get(i).strip()).matches()) {
                    return StepParser.this.picture(lines.get(i).strip(), lineNumber(i));
                }
            }
            return null;
        }

        Map<String, String> properties() {
            Map<String, String> properties = new LinkedHashMap<>();
            for (String line : lines) {
                Matcher property = PROPERTY.matcher(line.strip());
                if (property.matches()) {
                    properties.put(property.group(1), property.group(2));
                }
            }
            return properties;
        }

        List<String> ordered() {
            return lines.stream().map(String::strip).map(ORDERED::matcher).filter(Matcher::matches)
                    .map(item -> LessonMarkdown.inline(item.group(1).strip())).toList();
        }

        /** The step's own text: every line that is not a picture, a property, an answer or a numbered item. */
        String textHtml() {
            List<String> text = lines.stream()
                    .filter(line -> !PICTURE.matcher(line.strip()).matches())
                    .filter(line -> !PROPERTY.matcher(line.strip()).matches())
                    .filter(line -> !CHOICE.matcher(line.strip()).matches())
                    .filter(line -> !ORDERED.matcher(line.strip()).matches())
                    .toList();
            return LessonMarkdown.block(String.join("\n", text));
        }
    }
}
