package org.tomoni.help.internal;

import java.time.Instant;
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
 * Reads the candidates for a request from the volunteers' index — the learner's area and the areas whose centre
 * is within the furthest anyone travels, the topic, the language, who is on duty or free then — and weighs them.
 */
@Component
class Matching {

    private final VolunteerPool pool;
    private final PersonLookup people;

    Matching(VolunteerPool pool, PersonLookup people) {
        this.pool = pool;
        this.people = people;
    }

    /** Those who may be asked, best first; the names are left empty (read only for the few who are asked). */
    List<Considered> askable(HelpRequestDocument request, Instant now) {
        return consider(request, now, id -> "").stream().filter(considered -> considered.excluded() == null)
                .toList();
    }

    /** Everyone read from the index, with their names: for the coordinator's "why this volunteer". */
    List<Considered> explained(HelpRequestDocument request, Instant now) {
        return consider(request, now, id -> people.byId(id).map(person -> person.name()).orElse(""));
    }

    private List<Considered> consider(HelpRequestDocument request, Instant now, Function<PersonId, String> names) {
        Map<AreaId, Area> areas = people.areas().stream().collect(Collectors.toMap(Area::id, area -> area));
        Area home = areas.get(new AreaId(request.area()));
        if (home == null) {
            return List.of();
        }
        Set<AreaId> nearby = areas.values().stream()
                .filter(area -> area.kmTo(home) <= VolunteerProfile.MOST_KM)
                .map(Area::id)
                .collect(Collectors.toSet());
        CandidateQuery query = new CandidateQuery(nearby, request.topic(), request.language(),
                request.when() != HelpTime.When.AT,
                Matcher.windowsFor(request.time(), now, QuietHours.JAPAN));
        Matcher.Need need = new Matcher.Need(new PersonId(request.learner()), home, request.language(),
                request.topic(), request.way(), request.time());
        return Matcher.consider(need, pool.candidates(query), areas, now, request.alreadyAsked(), names);
    }
}
