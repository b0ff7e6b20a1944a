package org.tomoni.help.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.PersonId;
import org.tomoni.accounts.PersonLookup;
import org.tomoni.help.HelpKind;
import org.tomoni.help.HelpStatus;
import org.tomoni.help.TimelineEntry;
import org.tomoni.help.TimelineEntry.Happening;
import org.tomoni.storage.JobWorkers;
import org.tomoni.volunteers.Candidate;
import org.tomoni.volunteers.VolunteerPool;

/**
 * Runs the wave jobs. A wave is: choose the best volunteers not asked yet, record them as the wave's offers (one
 * atomic update — if the wave was recorded before a crash, its recorded offers are used instead), text each one
 * (keyed, so a re-run texts nobody twice), and schedule the next wave. After the last wave, or when nobody is left
 * to ask, the request is escalated. Any node may run any job; the lease keeps two from running the same one.
 */
@Component
class OfferWaves implements SmartLifecycle, JobWorkers.Jobs {

    private final WaveJobs jobs;
    private final HelpRequests requests;
    private final Matching matching;
    private final HelpFlow flow;
    private final PersonLookup people;
    private final VolunteerPool pool;
    private final WaveSignal signal;
    private final OpenOffers openOffers;
    private final HelpProperties properties;
    private final Clock clock;
    private final String node = "help-" + UUID.randomUUID().toString().substring(0, 8);
    private final JobWorkers workers;

    OfferWaves(WaveJobs jobs, HelpRequests requests, Matching matching, HelpFlow flow, PersonLookup people,
               VolunteerPool pool, WaveSignal signal, OpenOffers openOffers, HelpProperties properties, Clock clock) {
        this.jobs = jobs;
        this.requests = requests;
        this.matching = matching;
        this.flow = flow;
        this.people = people;
        this.pool = pool;
        this.signal = signal;
        this.openOffers = openOffers;
        this.properties = properties;
        this.clock = clock;
        this.workers = new JobWorkers("offer-waves", properties.workers(), properties.poll(), signal.jobs(), this,
                clock);
    }

    @Override
    public void start() {
        workers.start();
    }

    @Override
    public void stop() {
        workers.stop();
    }

    @Override
    public boolean isRunning() {
        return workers.isRunning();
    }

    /** Runs one due job, if there is one. Visible to tests, which drive the waves step by step. */
    boolean runNext() {
        try {
            return workers.runNext();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public boolean runIfDue(String request) {
        return run(jobs.claim(request, node, properties.lease()));
    }

    @Override
    public boolean runAnyDue() {
        return run(jobs.claimNext(node, properties.lease()));
    }

    private boolean run(Optional<WaveJob> claimed) {
        claimed.ifPresent(this::run);
        return claimed.isPresent();
    }

    private void run(WaveJob job) {
        Optional<HelpRequestDocument> found = requests.find(job.id());
        if (found.isEmpty() || found.get().status() != HelpStatus.FINDING) {
            jobs.finish(job, node);
            return;
        }
        HelpRequestDocument request = found.get();
        if (job.step() - request.firstWaveBefore() > properties.waves()) {
            flow.escalate(request, "waves");
            jobs.finish(job, node);
            return;
        }
        Wave wave = request.wave() >= job.step() ? recordedWave(request, job.step()) : newWave(request, job.step());
        if (wave.offers().isEmpty()) {
            // Nobody left to ask: a coordinator hears now rather than after the waves' time has run out.
            requests.note(request.id(), new TimelineEntry(clock.instant(), Happening.NOBODY_FOUND, "",
                    String.valueOf(job.step())));
            flow.escalate(request, "nobody");
            jobs.finish(job, node);
            return;
        }
        if (wave.request().status() != HelpStatus.FINDING) {
            // taken or closed while the wave was being chosen: its volunteers have nothing to answer
            jobs.finish(job, node);
            return;
        }
        for (OfferEntry offer : wave.offers()) {
            Chosen chosen = wave.volunteers().get(offer.volunteer());
            if (chosen != null) {
                flow.sendOffer(wave.request(), chosen.person(), offer.code(), chosen.candidate().profile().byCall());
            } else {
                people.byId(new PersonId(offer.volunteer()))
                        .ifPresent(volunteer -> flow.sendOffer(wave.request(), volunteer, offer.code()));
            }
        }
        Duration wait = request.kind() == HelpKind.SCAM_CHECK ? properties.urgentWaveWait() : properties.waveWait();
        Instant nextWave = clock.instant().plus(wait);
        if (jobs.next(job, node, job.step() + 1, nextWave)) {
            signal.dueAt(job.id(), nextWave);
        }
    }

    /** A wave recorded by an earlier run (one that stopped before it was done), with the request as it is now. */
    private Wave recordedWave(HelpRequestDocument request, int wave) {
        HelpRequestDocument current = requests.find(request.id()).orElse(request);
        return new Wave(current, offersOfWave(current, wave), Map.of());
    }

    private static List<OfferEntry> offersOfWave(HelpRequestDocument request, int wave) {
        return request.offerList().stream().filter(offer -> offer.wave() == wave).toList();
    }

    /** Chooses and records the wave; if another run recorded it first, uses what that run recorded. */
    private Wave newWave(HelpRequestDocument request, int wave) {
        Instant now = clock.instant();
        int size = request.kind() == HelpKind.SCAM_CHECK ? properties.urgentWaveSize() : properties.waveSize();
        // a few spare, in case someone cannot be texted
        List<Matching.Choice> choices = matching.askable(request, now, size * 2);
        Map<PersonId, Person> read = people.byIds(choices.stream().map(choice -> choice.candidate().id()).toList());
        Set<PersonId> reachable = flow.reachable(read.values());
        List<OfferEntry> chosen = new ArrayList<>();
        Map<String, Chosen> volunteers = new HashMap<>();
        for (Matching.Choice choice : choices) {
            if (chosen.size() == size) {
                break;
            }
            Person volunteer = read.get(choice.candidate().id());
            if (volunteer == null || !reachable.contains(volunteer.id())) {
                continue;
            }
            String id = volunteer.id().value();
            volunteers.put(id, new Chosen(volunteer, choice.candidate()));
            chosen.add(new OfferEntry(id, HelpTexts.firstName(volunteer), wave, openOffers.list(id, request.id()),
                    now));
        }
        if (chosen.isEmpty()) {
            return new Wave(request, List.of(), Map.of());
        }
        Optional<HelpRequestDocument> recorded = requests.recordWave(request.id(), wave, chosen,
                new TimelineEntry(now, Happening.OFFERED, "", wave + ":" + chosen.size()));
        if (recorded.isPresent()) {
            pool.offered(volunteers.values().stream().map(Chosen::candidate).toList(), now);
            return new Wave(recorded.get(), chosen, volunteers);
        }
        Optional<HelpRequestDocument> current = requests.find(request.id());
        return current.filter(found -> found.wave() >= wave)
                .map(found -> new Wave(found, offersOfWave(found, wave), volunteers))
                .orElse(new Wave(current.orElse(request), List.of(), Map.of()));
    }

    /**
     * A wave's offers, the request as it stood once they were recorded, and the volunteers read while choosing.
     *
     * @param volunteers by id; those missing are read again
     */
    private record Wave(HelpRequestDocument request, List<OfferEntry> offers, Map<String, Chosen> volunteers) {
    }

    /** A volunteer chosen for the wave, as read while choosing. */
    private record Chosen(Person person, Candidate candidate) {
    }
}
