package org.tomoni.accounts.internal;

import java.util.List;
import java.util.Optional;

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

/** The organisations that run Tomoni locally, and the areas they serve. */
@Component
class Organisations {

    static final String ORGANISATIONS = "accounts_organisations";
    static final String AREAS = "accounts_areas";

    private final MongoTemplate mongo;

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
        return mongo.find(new Query().with(Sort.by("nameEnglish")), AreaDocument.class, AREAS).stream()
                .map(AreaDocument::toArea)
                .toList();
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
