package org.tomoni.help.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.tomoni.storage.StartupWork;

/**
 * The help settings, and the indexes a real MongoDB uses for the queue, a learner's and a volunteer's lists and the
 * job poll (the embedded server accepts and ignores them; its collections here stay small or are read rarely).
 * Matching never needs them: it reads by {@code _id} only.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HelpProperties.class)
class HelpConfiguration implements StartupWork {

    private final MongoTemplate mongo;

    HelpConfiguration(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String description() {
        return "create the help indexes";
    }

    @Override
    public void run() {
        var requests = mongo.indexOps(HelpRequestDocument.class);
        requests.createIndex(new Index().on("learner", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC));
        requests.createIndex(new Index().on("offers.volunteer", Sort.Direction.ASC));
        requests.createIndex(new Index().on("helper", Sort.Direction.ASC));
        requests.createIndex(new Index().on("area", Sort.Direction.ASC).on("status", Sort.Direction.ASC));
        mongo.indexOps(WaveJob.class).createIndex(new Index().on("dueAt", Sort.Direction.ASC));
    }
}
