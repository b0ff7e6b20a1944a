package org.tomoni.lessons;

import java.util.List;
import java.util.Set;

/**
 * What a lesson is about, from its {@code lesson.yaml}.
 *
 * @param level   1 (first steps) to 3
 * @param skills  what the learner can do afterwards, in the skill words volunteers use too (e.g. {@code video-calls})
 * @param devices the devices whose screens its steps describe separately; empty when all look alike
 */
public record LessonInfo(LessonId id, Audience audience, String topic, int level, int minutes, List<String> skills,
                         Set<Device> devices) {

    public LessonInfo {
        skills = List.copyOf(skills);
        devices = Set.copyOf(devices);
    }
}
