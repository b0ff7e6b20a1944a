package org.tomoni.help.ui;

import java.time.Instant;
import java.util.Locale;

import com.vaadin.flow.component.html.DescriptionList;
import org.tomoni.help.HelpKind;
import org.tomoni.help.HelpRequest;
import org.tomoni.help.LessonPlace;
import org.tomoni.lessons.LessonLanguage;
import org.tomoni.lessons.LessonLibrary;

/**
 * What was asked, as a list of plain facts: who, about what, how and when, their own words, and the lesson screen
 * they were stuck on (by its title, so a coordinator can open the same lesson).
 */
class RequestFacts {

    private final LessonLibrary lessons;

    RequestFacts(LessonLibrary lessons) {
        this.lessons = lessons;
    }

    DescriptionList of(HelpRequest request, QueueWords words, Instant now) {
        DescriptionList facts = new DescriptionList();
        facts.addClassName("request-facts");
        if (request.kind() == HelpKind.SCAM_CHECK) {
            // Urgent: the learner may be about to pay someone. It stands first.
            fact(facts, words.translate("help.queue.fact.kind"), words.kind(request.kind()));
        }
        fact(facts, words.translate("help.queue.fact.learner"), request.learnerName());
        fact(facts, words.translate("help.queue.fact.topic"), words.topic(request.topic()));
        fact(facts, words.translate("help.queue.fact.how"), words.way(request.way()));
        fact(facts, words.translate("help.queue.fact.when"), words.when(request.when()));
        fact(facts, words.translate("help.queue.fact.asked"), words.translate("help.queue.fact.asked-at",
                words.time(request.createdAt()), words.age(request.createdAt(), now)));
        fact(facts, words.translate("help.queue.fact.status"), words.status(request.status()));
        fact(facts, words.translate("help.queue.fact.escalated"),
                words.translate(request.escalated() ? "help.queue.escalated.yes" : "help.queue.escalated.no"));
        fact(facts, words.translate("help.queue.fact.helper"), request.helper() == null
                ? words.translate("help.queue.no-helper") : request.helper().name());
        fact(facts, words.translate("help.queue.fact.details"), request.details().isEmpty()
                ? words.translate("help.queue.fact.no-details") : request.details());
        LessonPlace place = request.place();
        if (place != null) {
            fact(facts, words.translate("help.queue.fact.place"), place(place, words));
        }
        if (request.followUpOf() != null) {
            fact(facts, words.translate("help.queue.fact.follow-up"), words.translate("help.queue.fact.follow-up-yes"));
        }
        if (!request.outcome().isEmpty()) {
            fact(facts, words.translate("help.queue.fact.outcome"), request.outcome());
        }
        return facts;
    }

    private String place(LessonPlace place, QueueWords words) {
        Locale locale = words.locale();
        String title = lessons.find(place.lesson())
                .flatMap(lesson -> lesson.text(LessonLanguage.forPage(locale))
                        .or(() -> lesson.text(LessonLanguage.ENGLISH)))
                .map(text -> text.title().text())
                .orElse(place.lesson().value());
        String where = words.translate("help.queue.fact.place-step", title, place.step());
        return place.device() == null ? where : words.translate("help.queue.fact.place-device", where,
                words.translate("lessons.device." + QueueWords.code(place.device())));
    }

    private static void fact(DescriptionList facts, String term, String description) {
        facts.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }
}
