package org.tomoni.help.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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
import org.tomoni.volunteers.Candidate;
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
    private static final Comparator<Considered> BEST_FIRST = Comparator.comparingDouble(Considered::score).reversed();
    /** As {@link Matcher#consider} orders them: best first, equal scores to whoever has had fewer offers. */
    private static final Comparator<Choice> BEST_CHOICE = Comparator
            .comparing(Choice::considered, BEST_FIRST)
            .thenComparingInt((Choice choice) -> choice.candidate().record().offers())
            .thenComparing(choice -> choice.candidate().id().value());

    private final VolunteerPool pool;
    private final PersonLookup people;

    Matching(VolunteerPool pool, PersonLookup people) {
        this.pool = pool;
        this.people = people;
    }

    /**
     * The best {@code wanted} who may be asked, best first, each with the volunteer as stored now; names are left
     * empty (read only for those asked). Candidates are weighed as this node last read them; the best are read
     * again as stored now and weighed anew (another node may have just asked them, or they may have gone off duty)
     * until the best are all current.
     */
    List<Choice> askable(HelpRequestDocument request, Instant now, int wanted) {
        List<Choice> best = new ArrayList<>();
        Set<PersonId> current = new HashSet<>();
        Nearby last = null;
        for (Nearby area : nearby(request)) {
            if (best.size() >= wanted && best.get(wanted - 1).considered().score() > bestPossibleIn(area)) {
                // the best so far may have changed since this node read them; only if they still stand are
                // further areas no use
                readAgain(request, area, now, wanted, best, current);
                if (best.size() >= wanted && best.get(wanted - 1).considered().score() > bestPossibleIn(area)) {
                    break;
                }
            }
            best.addAll(askableOf(request, area, pool.candidates(query(request, area, now)), now));
            best.sort(BEST_CHOICE);
            last = area;
        }
        if (last != null) {
            readAgain(request, last, now, wanted, best, current);
        }
        return List.copyOf(best.subList(0, Math.min(wanted, best.size())));
    }

    /** Until the best {@code wanted} are all as stored now. */
    private void readAgain(HelpRequestDocument request, Nearby area, Instant now, int wanted, List<Choice> best,
                           Set<PersonId> current) {
        while (true) {
            Set<PersonId> stale = best.stream().limit(wanted).map(choice -> choice.candidate().id())
                    .filter(volunteer -> !current.contains(volunteer)).collect(Collectors.toSet());
            if (stale.isEmpty()) {
                return;
            }
            // one no longer stored is not asked, and is not read again
            current.addAll(stale);
            best.removeIf(choice -> stale.contains(choice.candidate().id()));
            best.addAll(askableOf(request, area, pool.current(stale), now));
            best.sort(BEST_CHOICE);
        }
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
                .thenComparing(BEST_FIRST));
        return explained;
    }

    private List<Considered> consider(HelpRequestDocument request, Nearby area, Instant now,
                                      Function<PersonId, String> names) {
        return Matcher.consider(need(request, area), pool.candidates(query(request, area, now)), area.areas(), now,
                request.alreadyAsked(), names);
    }

    private static List<Choice> askableOf(HelpRequestDocument request, Nearby area, List<Candidate> candidates,
                                          Instant now) {
        Matcher.Need need = need(request, area);
        Set<PersonId> asked = request.alreadyAsked();
        List<Choice> askable = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Considered considered = Matcher.weigh(need, candidate, area.areas(), now, asked, "");
            if (considered.excluded() == null) {
                askable.add(new Choice(considered, candidate));
            }
        }
        return askable;
    }

    private static CandidateQuery query(HelpRequestDocument request, Nearby area, Instant now) {
        return new CandidateQuery(Set.of(area.area().id()), request.topic(), request.language(),
                request.when() != HelpTime.When.AT, Matcher.windowsFor(request.time(), now, QuietHours.JAPAN));
    }

    private static Matcher.Need need(HelpRequestDocument request, Nearby area) {
        return new Matcher.Need(new PersonId(request.learner()), area.home(), request.language(), request.topic(),
                request.way(), request.time());
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

    /** One who may be asked: how matching weighed them, and the volunteer as read just now. */
    record Choice(Considered considered, Candidate candidate) {
    }

    /** @param home the learner's area */
    private record Nearby(Area area, double km, Area home, Map<AreaId, Area> areas) {
    }
}
