package org.tomoni.help.internal;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.tomoni.help.HelpStatus;

/**
 * Which requests each volunteer was offered, one small document per volunteer read by {@code _id}: how a reply
 * ("YES 4821") finds its offer and how a new offer gets a code the volunteer is not using, without searching every
 * request. A request is listed before its offer is recorded in it, so the list may name more than the volunteer
 * holds (a wave that another node recorded differently, a request since closed) but never less; the requests
 * themselves decide, and those no longer open are struck off when read.
 */
@Component
class OpenOffers {

    static final String COLLECTION = "help_open_offers";
    /** Offers of closed requests are struck off when this many are listed, or when the volunteer replies. */
    static final int STRIKE_OFF_AT = 20;

    private final MongoTemplate mongo;
    private final HelpRequests requests;

    OpenOffers(MongoTemplate mongo, HelpRequests requests) {
        this.mongo = mongo;
        this.requests = requests;
    }

    /**
     * Lists a new offer of the request for the volunteer, under a reply code that none of the offers listed for
     * them uses, and returns the code; called before the offer is recorded in the request. One update, which
     * returns the list as it was: a clash (one in thousands) is taken back and another code tried.
     */
    String list(String volunteer, String request) {
        while (true) {
            String code = String.valueOf(ThreadLocalRandom.current().nextInt(1000, 10_000));
            Document entry = new Document("request", request).append("code", code);
            Document before = mongo.findAndModify(Query.query(where("_id").is(volunteer)),
                    new Update().push("offers", entry), FindAndModifyOptions.options().upsert(true).returnNew(false),
                    Document.class, COLLECTION);
            List<Document> listed = before == null ? List.of()
                    : before.getList("offers", Document.class, List.of());
            if (listed.stream().noneMatch(offer -> code.equals(offer.getString("code")))) {
                if (listed.size() >= STRIKE_OFF_AT) {
                    stillOpen(volunteer);
                }
                return code;
            }
            mongo.updateFirst(Query.query(where("_id").is(volunteer)), new Update().pull("offers", entry),
                    COLLECTION);
        }
    }

    /** Requests still looking for a helper that were offered to the volunteer and not declined, newest first. */
    List<HelpRequestDocument> of(String volunteer) {
        return stillOpen(volunteer).stream()
                .filter(request -> request.offerTo(volunteer).isPresent())
                .sorted(Comparator.comparing(HelpRequestDocument::createdAt).reversed())
                .toList();
    }

    void forget(String volunteer) {
        mongo.remove(Query.query(where("_id").is(volunteer)), COLLECTION);
    }

    /**
     * The listed offers whose requests still look for a helper the volunteer has not turned down; the others are
     * struck off. One listed but not yet recorded in its request stays: its wave may be being recorded right now.
     */
    private List<HelpRequestDocument> stillOpen(String volunteer) {
        Document found = mongo.findById(volunteer, Document.class, COLLECTION);
        List<Document> listed = found == null ? List.of() : found.getList("offers", Document.class, List.of());
        if (listed.isEmpty()) {
            return List.of();
        }
        Set<String> ids = listed.stream().map(offer -> offer.getString("request")).collect(Collectors.toSet());
        List<HelpRequestDocument> open = requests.byIds(ids).stream()
                .filter(request -> request.status() == HelpStatus.FINDING && !request.declined().contains(volunteer))
                .toList();
        Set<String> openIds = open.stream().map(HelpRequestDocument::id).collect(Collectors.toSet());
        // exactly the entries read: an offer listed meanwhile has a new code, and stays
        Object[] closed = listed.stream().filter(offer -> !openIds.contains(offer.getString("request"))).toArray();
        if (closed.length > 0) {
            mongo.updateFirst(Query.query(where("_id").is(volunteer)), new Update().pullAll("offers", closed),
                    COLLECTION);
        }
        return open;
    }
}
