package org.tomoni.help.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Indexes a real MongoDB uses for the queue, a learner's and a volunteer's lists and the job poll (the embedded
 * server accepts and ignores them; its collections here stay small or are read rarely). Matching never needs
 * them: it reads by {@code _id} only.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HelpProperties.class)
class HelpConfiguration {

    private static final Logger log = LoggerFactory.getLogger(HelpConfiguration.class);

    private final MongoTemplate mongo;
    private volatile boolean indexed;

    HelpConfiguration(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Tried at start, and again every half minute until the store could be reached once. */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(initialDelayString = "PT30S", fixedDelayString = "PT30S")
    void ensureIndexes() {
        if (indexed) {
            return;
        }
        try {
            createIndexes();
            indexed = true;
        } catch (DataAccessException unreachable) {
            log.warn("Could not create the help indexes yet ({}); trying again in 30 seconds",
                    unreachable.getMessage());
        }
    }

    private void createIndexes() {
        var requests = mongo.indexOps(HelpRequestDocument.class);
        requests.createIndex(new Index().on("learner", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC));
        requests.createIndex(new Index().on("offers.volunteer", Sort.Direction.ASC));
        requests.createIndex(new Index().on("helper", Sort.Direction.ASC));
        requests.createIndex(new Index().on("area", Sort.Direction.ASC).on("status", Sort.Direction.ASC));
        mongo.indexOps(WaveJob.class).createIndex(new Index().on("dueAt", Sort.Direction.ASC));
    }
}
