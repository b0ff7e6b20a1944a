package org.tomoni.lessons.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.tomoni.lessons.Audience;
import org.tomoni.lessons.Device;
import org.tomoni.lessons.LessonId;
import org.tomoni.lessons.LessonInfo;
import org.tomoni.lessons.Skill;
import org.tomoni.lessons.Topic;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads {@code lesson.yaml}: plain YAML (no tags, no objects), every field checked with a message that helps. */
final class MetadataReader {

    private MetadataReader() {
    }

    static Optional<LessonInfo> read(String folder, String yaml, Problems problems) {
        String file = folder + "/lesson.yaml";
        Object parsed;
        try {
            parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (MarkedYAMLException e) {
            problems.add(file, e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1,
                    "Not valid YAML: " + e.getProblem());
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(file, 0, "Not valid YAML: " + e.getMessage());
            return Optional.empty();
        }
        if (!(parsed instanceof Map<?, ?> fields)) {
            problems.add(file, 0, "Expected fields such as 'id: video-calls', one per line");
            return Optional.empty();
        }
        String id = text(fields, "id", file, problems);
        if (id != null && !id.equals(folder)) {
            problems.add(file, 0, "The id '" + id + "' must be the folder's name, '" + folder + "'");
        }
        Audience audience = choice(fields, "audience", Audience.class, file, problems);
        String topic = text(fields, "topic", file, problems);
        int level = number(fields, "level", 1, 3, file, problems);
        int minutes = number(fields, "minutes", 1, 120, file, problems);
        if (topic != null && Topic.ofCode(topic).isEmpty()) {
            problems.add(file, 0, "Unknown topic '" + topic + "': use one of " + Arrays.stream(Topic.values())
                    .map(Topic::code).collect(Collectors.joining(", ")));
        }
        List<String> skills = list(fields, "skills", file, problems);
        for (String skill : skills) {
            if (Skill.ofCode(skill).isEmpty()) {
                problems.add(file, 0, "Unknown skill '" + skill + "': use the words volunteers use, one of "
                        + Arrays.stream(Skill.values()).map(Skill::code).collect(Collectors.joining(", ")));
            }
        }
        Set<Device> devices = EnumSet.noneOf(Device.class);
        for (String device : fields.containsKey("devices") ? list(fields, "devices", file, problems)
                : List.<String>of()) {
            try {
                devices.add(Device.valueOf(device.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                problems.add(file, 0, "Unknown device '" + device + "': use iphone or android");
            }
        }
        if (problems.any() || id == null || audience == null || topic == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LessonInfo(new LessonId(id), audience, topic, level, minutes, skills, devices));
        } catch (IllegalArgumentException badId) {
            problems.add(file, 0, badId.getMessage());
            return Optional.empty();
        }
    }

    private static String text(Map<?, ?> fields, String name, String file, Problems problems) {
        Object value = fields.get(name);
        if (value == null || value.toString().isBlank()) {
            problems.add(file, 0, "Missing '" + name + ":'");
            return null;
        }
        return value.toString().strip();
    }

    private static <E extends Enum<E>> E choice(Map<?, ?> fields, String name, Class<E> type, String file,
                                                Problems problems) {
        String value = text(fields, name, file, problems);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name().toLowerCase(Locale.ROOT));
            }
            problems.add(file, 0, "'" + name + ": " + value + "' is not one of " + String.join(", ", allowed));
            return null;
        }
    }

    private static int number(Map<?, ?> fields, String name, int min, int max, String file, Problems problems) {
        Object value = fields.get(name);
        if (value instanceof Integer number && number >= min && number <= max) {
            return number;
        }
        problems.add(file, 0, "'" + name + ":' must be a whole number from " + min + " to " + max);
        return min;
    }

    private static List<String> list(Map<?, ?> fields, String name, String file, Problems problems) {
        Object value = fields.get(name);
        if (value instanceof List<?> items && !items.isEmpty()) {
            return items.stream().map(Object::toString).map(String::strip).toList();
        }
        problems.add(file, 0, "'" + name + ":' must be a list, such as [video-calls, messaging]");
        return List.of();
    }
}
