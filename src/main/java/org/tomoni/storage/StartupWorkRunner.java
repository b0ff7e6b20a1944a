package org.tomoni.storage;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs every {@link StartupWork} at start, and what could not reach the store again every half minute. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class StartupWorkRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupWorkRunner.class);

    private final List<StartupWork> work;
    private final Set<StartupWork> done = ConcurrentHashMap.newKeySet();

    StartupWorkRunner(List<StartupWork> work) {
        this.work = work;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(initialDelayString = "PT30S", fixedDelayString = "PT30S")
    synchronized void runWhatIsLeft() {
        for (StartupWork piece : work) {
            if (done.contains(piece)) {
                continue;
            }
            try {
                piece.run();
                done.add(piece);
            } catch (DataAccessException unreachable) {
                log.warn("Could not {} yet ({}); trying again in 30 seconds", piece.description(),
                        unreachable.getMessage());
            }
        }
    }
}
