package org.tomoni.volunteers;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.tomoni.accounts.AreaId;
import org.tomoni.lessons.Skill;
import org.tomoni.shell.Language;

/**
 * Which volunteers to read for a request: those who live in one of the areas, speak the language and help with the
 * skill, and are on duty now (when {@code onDutyNow}) or usually free in one of the windows.
 *
 * @param skill null for "something else": any skill will do
 */
public record CandidateQuery(Set<AreaId> areas, @Nullable Skill skill, Language language, boolean onDutyNow,
                             Set<FreeTime> freeTimes) {

    public CandidateQuery {
        areas = Set.copyOf(areas);
        freeTimes = Set.copyOf(freeTimes);
    }
}
