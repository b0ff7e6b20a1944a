package org.tomoni.help.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.tomoni.accounts.Area;
import org.tomoni.accounts.AreaId;
import org.tomoni.accounts.PersonId;
import org.tomoni.accounts.PersonLookup;
import org.tomoni.help.Considered;
import org.tomoni.help.HelpTime;
import org.tomoni.messaging.QuietHours;
import org.tomoni.volunteers.CandidateQuery;
import org.tomoni.volunteers.VolunteerPool;
import org.tomoni.volunteers.VolunteerProfile;

/**
 * Reads the candidates for a request from the volunteers' index — area by area, nearest first, among the areas
 * whose centre is within the furthest anyone travels; the topic, the language, who is on duty or free then — and
 * weighs them. A wave needs only the best few: once they score more than anyone in the next area could (its
 * nearness plus full fairness and record), the further areas cannot change the choice and are not read.
 */
@Component
class Matching {

    /** "Why this volunteer" reads areas until it has at least this many to show. */
    static final int EXPLAINED = 200;

    private final VolunteerPool pool;
    private final PersonLookup people;

    Matching(VolunteerPool pool, PersonLookup people) {
        this.pool = pool;
        this.people = people;
    }

    /** The best {@code wanted} who may be asked, best first; names are left empty (read only for those asked). */
    List<Considered> askable(HelpRequestDocument request, Instant now, int wanted) {
        List<Considered> askable = new ArrayList<>();
        for (Nearby area : nearby(request)) {
            if (askable.size() >= wanted && askable.get(wanted - 1).score() > bestPossibleIn(area)) {
                break;
            }
            consider(request, area, now, id -> "").stream().filter(considered -> considered.excluded() == null)
                    .forEach(askable::add);
            askable.sort(Comparator.comparingDouble(Considered::score).reversed());
        }
        return askable.size() > wanted ? List.copyOf(askable.subList(0, wanted)) : askable;
    }

    /** The volunteers of the nearest areas, with names and the reason each one is or is not asked. */
    List<Considered> explained(HelpRequestDocument request, Instant now) {
        List<Considered> explained = new ArrayList<>();
        for (Nearby area : nearby(request)) {
            if (explained.size() >= EXPLAINED) {
                break;
            }
            explained.addAll(consider(request, area, now,
                    id -> people.byId(id).map(person -> person.name()).orElse("")));
        }
        explained.sort(Comparator.comparing((Considered considered) -> considered.excluded() != null)
                .thenComparing(Comparator.comparingDouble(Considered::score).reversed()));
        return explained;
    }

    private List<Considered> consider(HelpRequestDocument request, Nearby area, Instant now,
                                      Function<PersonId, String> names) {
        CandidateQuery query = new CandidateQuery(Set.of(area.area().id()), request.topic(), request.language(),
                request.when() != HelpTime.When.AT, Matcher.windowsFor(request.time(), now, QuietHours.JAPAN));
        Matcher.Need need = new Matcher.Need(new PersonId(request.learner()), area.home(), request.language(),
                request.topic(), request.way(), request.time());
        return Matcher.consider(need, pool.candidates(query), area.areas(), now, request.alreadyAsked(), names);
    }

    /** The learner's area and those within reach, nearest first. */
    private List<Nearby> nearby(HelpRequestDocument request) {
        Map<AreaId, Area> areas = people.areas().stream().collect(Collectors.toMap(Area::id, area -> area));
        Area home = areas.get(new AreaId(request.area()));
        if (home == null) {
            return List.of();
        }
        return areas.values().stream()
                .map(area -> new Nearby(area, area.kmTo(home), home, areas))
                .filter(nearby -> nearby.km() <= VolunteerProfile.MOST_KM)
                .sorted(Comparator.comparingDouble(Nearby::km))
                .toList();
    }

    private static double bestPossibleIn(Nearby area) {
        return Matcher.NEARNESS * (1 - area.km() / VolunteerProfile.MOST_KM) + Matcher.FAIRNESS + Matcher.RECORD;
    }

    /** @param home the learner's area */
    private record Nearby(Area area, double km, Area home, Map<AreaId, Area> areas) {
    }
}
