package org.tomoni.help.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tomoni.storage.StartupWork;

/**
 * After a crash, everyone hears what they should have: each change of a request is written before anyone is
 * told, so a node that stopped in between left people untold. At start, every request of the last day is told
 * again as it stands — with the same idempotency keys, so only the texts that never went out are sent — and a
 * request still looking for a helper without a wave job (stopped between being saved and being scheduled) gets
 * its waves back, from the last one recorded.
 */
@Component
class HelpRecovery implements StartupWork {

    private static final Logger log = LoggerFactory.getLogger(HelpRecovery.class);
    private static final Duration LOOK_BACK = Duration.ofDays(1);

    private final HelpRequests requests;
    private final WaveJobs jobs;
    private final HelpFlow flow;
    private final WaveSignal signal;
    private final Clock clock;

    HelpRecovery(HelpRequests requests, WaveJobs jobs, HelpFlow flow, WaveSignal signal, Clock clock) {
        this.requests = requests;
        this.jobs = jobs;
        this.flow = flow;
        this.signal = signal;
        this.clock = clock;
    }

    @Override
    public String description() {
        return "check the help requests after the start";
    }

    @Override
    public void run() {
        Instant now = clock.instant();
        int resumed = 0;
        for (HelpRequestDocument request : requests.recent(now.minus(LOOK_BACK))) {
            try {
                switch (request.status()) {
                    case FINDING -> {
                        if (request.escalated()) {
                            flow.tellEscalated(request);
                        } else {
                            jobs.start(request.id(), Math.max(1, request.wave()), now);
                            resumed++;
                        }
                    }
                    case ACCEPTED -> flow.tellHelperFound(request);
                    case DONE -> flow.tellDone(request);
                    case CANCELLED -> flow.tellCancelled(request, false);
                }
            } catch (RuntimeException e) {
                log.warn("Could not check request {} after the start", request.id(), e);
            }
        }
        if (resumed > 0) {
            signal.lookAround();
        }
    }
}
