package org.tomoni.help.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.PersonId;
import org.tomoni.accounts.PersonLookup;
import org.tomoni.help.Considered;
import org.tomoni.help.HelpKind;
import org.tomoni.help.HelpStatus;
import org.tomoni.help.TimelineEntry;
import org.tomoni.help.TimelineEntry.Happening;
import org.tomoni.volunteers.VolunteerPool;

/**
 * Runs the wave jobs. A wave is: choose the best volunteers not asked yet, record them as the wave's offers (one
 * atomic update — if the wave was recorded before a crash, its recorded offers are used instead), text each one
 * (keyed, so a re-run texts nobody twice), and schedule the next wave. After the last wave, or when nobody is left
 * to ask, the request is escalated. Any node may run any job; the lease keeps two from running the same one.
 */
@Component
class OfferWaves implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OfferWaves.class);

    private final WaveJobs jobs;
    private final HelpRequests requests;
    private final Matching matching;
    private final HelpFlow flow;
    private final PersonLookup people;
    private final VolunteerPool pool;
    private final WaveSignal signal;
    private final HelpProperties properties;
    private final Clock clock;
    private final String node = "help-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    OfferWaves(WaveJobs jobs, HelpRequests requests, Matching matching, HelpFlow flow, PersonLookup people,
               VolunteerPool pool, WaveSignal signal, HelpProperties properties, Clock clock) {
        this.jobs = jobs;
        this.requests = requests;
        this.matching = matching;
        this.flow = flow;
        this.people = people;
        this.pool = pool;
        this.signal = signal;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void start() {
        running = true;
        for (int i = 0; i < properties.workers(); i++) {
            threads.add(Thread.ofPlatform().daemon().name("offer-waves-" + i).start(this::work));
        }
    }

    @Override
    public void stop() {
        running = false;
        signal.wakeAll(threads.size());
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void work() {
        while (running) {
            try {
                if (!runNext()) {
                    signal.awaitNudge(properties.poll());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The store may be briefly unreachable; the job's lease runs out and it is run again.
                log.warn("Offer waves on {} hit an error; continuing", node, e);
                try {
                    Thread.sleep(properties.poll());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Runs one due job, if there is one. Visible to tests, which drive the waves step by step. */
    boolean runNext() {
        Optional<WaveJob> claimed = jobs.claimNext(node, properties.lease());
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
        List<OfferEntry> wave = request.wave() >= job.step()
                ? offersOfWave(request, job.step())
                : newWave(request, job.step());
        if (wave.isEmpty()) {
            // Nobody left to ask: a coordinator hears now rather than after the waves' time has run out.
            requests.note(request.id(), new TimelineEntry(clock.instant(), Happening.NOBODY_FOUND, "",
                    String.valueOf(job.step())));
            flow.escalate(request, "nobody");
            jobs.finish(job, node);
            return;
        }
        HelpRequestDocument recorded = requests.find(job.id()).orElse(request);
        if (recorded.status() != HelpStatus.FINDING) {
            // taken or closed while the wave was being chosen: its volunteers have nothing to answer
            jobs.finish(job, node);
            return;
        }
        for (OfferEntry offer : wave) {
            people.byId(new PersonId(offer.volunteer()))
                    .ifPresent(volunteer -> flow.sendOffer(recorded, volunteer, offer.code()));
        }
        Duration wait = request.kind() == HelpKind.SCAM_CHECK ? properties.urgentWaveWait() : properties.waveWait();
        jobs.next(job, node, job.step() + 1, clock.instant().plus(wait));
    }

    private List<OfferEntry> offersOfWave(HelpRequestDocument request, int wave) {
        return request.offerList().stream().filter(offer -> offer.wave() == wave).toList();
    }

    /** Chooses and records the wave; if another run recorded it first, uses what that run recorded. */
    private List<OfferEntry> newWave(HelpRequestDocument request, int wave) {
        Instant now = clock.instant();
        int size = request.kind() == HelpKind.SCAM_CHECK ? properties.urgentWaveSize() : properties.waveSize();
        List<OfferEntry> chosen = new ArrayList<>();
        // a few spare, in case someone cannot be texted
        for (Considered considered : matching.askable(request, now, size * 2)) {
            if (chosen.size() == size) {
                break;
            }
            Optional<Person> volunteer = people.byId(considered.volunteer());
            if (volunteer.isPresent() && flow.reachable(volunteer.get())) {
                chosen.add(new OfferEntry(considered.volunteer().value(), HelpTexts.firstName(volunteer.get()),
                        wave, flow.codeFor(considered.volunteer().value()), now));
            }
        }
        if (chosen.isEmpty()) {
            return List.of();
        }
        Optional<HelpRequestDocument> recorded = requests.recordWave(request.id(), wave, chosen,
                new TimelineEntry(now, Happening.OFFERED, "", wave + ":" + chosen.size()));
        if (recorded.isPresent()) {
            chosen.forEach(offer -> pool.offered(new PersonId(offer.volunteer()), now));
            return chosen;
        }
        return requests.find(request.id()).filter(current -> current.wave() >= wave)
                .map(current -> offersOfWave(current, wave)).orElse(List.of());
    }
}
