package org.tomoni.accounts.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.tomoni.accounts.Area;
import org.tomoni.accounts.AreaId;
import org.tomoni.accounts.Organisation;
import org.tomoni.accounts.OrganisationId;

/**
 * The organisations that run Tomoni locally, and the areas they serve. The list of areas is read for every help
 * request (distances, names in texts) and changes a few times a year, so each node keeps it for a few seconds: a
 * change made here shows at once, one made through another node within {@link #AREAS_KEPT}.
 */
@Component
class Organisations {

    static final String ORGANISATIONS = "accounts_organisations";
    static final String AREAS = "accounts_areas";
    static final Duration AREAS_KEPT = Duration.ofSeconds(10);

    private final MongoTemplate mongo;
    private final AtomicLong areaChanges = new AtomicLong();
    private volatile @Nullable AreasRead areasRead;

    Organisations(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    List<Organisation> all() {
        return mongo.find(new Query().with(Sort.by("name")), OrganisationDocument.class, ORGANISATIONS).stream()
                .map(OrganisationDocument::toOrganisation)
                .toList();
    }

    Optional<Organisation> organisation(OrganisationId id) {
        return Optional.ofNullable(mongo.findById(id.value(), OrganisationDocument.class, ORGANISATIONS))
                .map(OrganisationDocument::toOrganisation);
    }

    List<Area> areas() {
        AreasRead last = areasRead;
        long changes = areaChanges.get();
        if (last != null && last.changes() == changes && System.nanoTime() - last.at() < AREAS_KEPT.toNanos()) {
            return last.areas();
        }
        List<Area> areas = mongo.find(new Query().with(Sort.by("nameEnglish")), AreaDocument.class, AREAS).stream()
                .map(AreaDocument::toArea)
                .toList();
        areasRead = new AreasRead(areas, changes, System.nanoTime());
        return areas;
    }

    Optional<Area> area(AreaId id) {
        return Optional.ofNullable(mongo.findById(id.value(), AreaDocument.class, AREAS)).map(AreaDocument::toArea);
    }

    void save(Organisation organisation) {
        mongo.save(new OrganisationDocument(organisation.id().value(), organisation.name(), organisation.kind(),
                organisation.area().value()), ORGANISATIONS);
    }

    void save(Area area) {
        mongo.save(new AreaDocument(area.id().value(), area.nameEnglish(), area.nameJapanese(), area.latitude(),
                area.longitude(), area.homeVisits()), AREAS);
        areaChanges.incrementAndGet();
    }

    /** @param changes how many areas this node had saved when they were read: a later save makes them old */
    private record AreasRead(List<Area> areas, long changes, long at) {
    }

    record OrganisationDocument(@Id String id, String name, Organisation.Kind kind, String areaId) {

        Organisation toOrganisation() {
            return new Organisation(new OrganisationId(id), name, kind, new AreaId(areaId));
        }
    }

    record AreaDocument(@Id String id, String nameEnglish, String nameJapanese, double latitude, double longitude,
                        @Nullable Boolean homeVisits) {

        Area toArea() {
            return new Area(new AreaId(id), nameEnglish, nameJapanese, latitude, longitude,
                    Boolean.TRUE.equals(homeVisits));
        }
    }
}
