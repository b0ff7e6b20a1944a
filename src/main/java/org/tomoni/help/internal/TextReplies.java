package org.tomoni.help.internal;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tomoni.accounts.Person;
import org.tomoni.accounts.PersonLookup;
import org.tomoni.accounts.Role;
import org.tomoni.help.HelpAsk;
import org.tomoni.help.HelpKind;
import org.tomoni.help.HelpStatus;
import org.tomoni.help.HelpTime;
import org.tomoni.help.HelpWay;
import org.tomoni.help.Rating;
import org.tomoni.lessons.Skill;
import org.tomoni.messaging.KeysPressed;
import org.tomoni.messaging.Messages;
import org.tomoni.messaging.OutboundSms;
import org.tomoni.messaging.SmsReceived;
import org.tomoni.messaging.Urgency;

/**
 * Texts about help: a volunteer's YES / NO / CALL / DONE (with or without the offer's code), a learner's rating
 * (1, 2 or 3) and a learner's "HELP my LINE won't open" or "SCAM ..." — each answered once, keyed by the
 * incoming text's id. A reply with a code goes to that offer; a bare YES goes to the newest open one.
 */
@Component
class TextReplies {

    private static final Logger log = LoggerFactory.getLogger(TextReplies.class);

    private final PersonLookup people;
    private final HelpRequests requests;
    private final HelpFlow flow;
    private final HelpTexts texts;
    private final Messages messages;
    private final OpenOffers openOffers;

    TextReplies(PersonLookup people, HelpRequests requests, HelpFlow flow, HelpTexts texts, Messages messages,
                OpenOffers openOffers) {
        this.people = people;
        this.requests = requests;
        this.flow = flow;
        this.texts = texts;
        this.messages = messages;
        this.openOffers = openOffers;
    }

    /** Never throws: messaging has already recorded the text, so a failure would only lose the answer. */
    @EventListener
    void on(SmsReceived text) {
        try {
            Optional<ReplyParser.Reply> reply = ReplyParser.parse(text.body());
            Optional<Person> sender = people.withPhone(text.from());
            if (reply.isPresent() && sender.isPresent()) {
                answer(reply.get(), sender.get(), text.carrierId());
            }
        } catch (RuntimeException e) {
            log.error("Could not act on a help text {}", text.carrierId(), e);
        }
    }

    /**
     * A volunteer's answer to an offer call: 1 or "yes" takes the offer the call was about, 2 or "no" passes it.
     * Keys pressed on any other call (a bridged one, say) are not about an offer.
     */
    @EventListener
    void on(KeysPressed answer) {
        try {
            Optional<Person> volunteer = people.withPhone(answer.from()).filter(person -> person.has(Role.VOLUNTEER));
            String spoken = answer.speech().strip();
            Optional<ReplyParser.Reply> said = ReplyParser.parse(answer.digits().isBlank() ? spoken : answer.digits());
            Optional<String> code = requests.withCall(answer.call().value())
                    .flatMap(request -> volunteer.flatMap(person -> request.offerTo(person.id().value())))
                    .map(OfferEntry::code);
            if (volunteer.isEmpty() || said.isEmpty() || code.isEmpty()) {
                return;
            }
            // the call was about one offer: the key pressed answers that one, by its code
            String replyKey = "call:" + answer.call().value();
            switch (said.get()) {
                case ReplyParser.Yes yes -> yes(volunteer.get(), code.get(), replyKey);
                case ReplyParser.Digit digit when digit.digit() == 1 -> yes(volunteer.get(), code.get(), replyKey);
                case ReplyParser.No no -> no(volunteer.get(), code.get(), replyKey);
                case ReplyParser.Digit digit when digit.digit() == 2 -> no(volunteer.get(), code.get(), replyKey);
                default -> {
                    // another key: the call says nothing more, and the offer stays open
                }
            }
        } catch (RuntimeException e) {
            log.error("Could not act on keys pressed in call {}", answer.call(), e);
        }
    }

    private void answer(ReplyParser.Reply reply, Person sender, String carrierId) {
        boolean volunteer = sender.has(Role.VOLUNTEER);
        switch (reply) {
            case ReplyParser.Yes yes when volunteer -> yes(sender, yes.code(), carrierId);
            case ReplyParser.No no when volunteer -> no(sender, no.code(), carrierId);
            case ReplyParser.Call call when volunteer -> call(sender, call.code(), carrierId);
            case ReplyParser.Done done when volunteer -> done(sender, done.code(), done.outcome(), carrierId);
            case ReplyParser.Digit digit when volunteer && digit.digit() == 1
                    && !openOffers.of(sender.id().value()).isEmpty() -> yes(sender, digit.code(), carrierId);
            case ReplyParser.Digit digit when digit.code() == null -> rate(sender, digit.digit(), carrierId);
            case ReplyParser.HelpMe help -> ask(sender, HelpKind.HELP, help.words(), carrierId);
            case ReplyParser.ScamCheck scam -> ask(sender, HelpKind.SCAM_CHECK, scam.words(), carrierId);
            default -> {
                // a word for volunteers from someone who is not one: not about help
            }
        }
    }

    private void yes(Person volunteer, @Nullable String code, String carrierId) {
        Optional<HelpRequestDocument> offer = openOffer(volunteer, code);
        if (offer.isEmpty()) {
            reply(volunteer, carrierId, "help.sms.no-open-offer");
        } else if (!flow.accept(offer.get(), volunteer)) {
            reply(volunteer, carrierId, "help.sms.too-late", offer.get().learnerName());
        }
        // the winner's details text is their answer
    }

    private void no(Person volunteer, @Nullable String code, String carrierId) {
        Optional<HelpRequestDocument> offer = openOffer(volunteer, code);
        if (offer.isEmpty()) {
            reply(volunteer, carrierId, "help.sms.no-open-offer");
            return;
        }
        flow.decline(offer.get(), volunteer);
        reply(volunteer, carrierId, "help.sms.declined");
    }

    private void call(Person volunteer, @Nullable String code, String carrierId) {
        Optional<HelpRequestDocument> helping = helping(volunteer, code);
        if (helping.isEmpty()) {
            reply(volunteer, carrierId, "help.sms.not-helping");
            return;
        }
        flow.callLearner(helping.get(), volunteer);
    }

    private void done(Person volunteer, @Nullable String code, String outcome, String carrierId) {
        Optional<HelpRequestDocument> helping = helping(volunteer, code);
        if (helping.isEmpty()) {
            reply(volunteer, carrierId, "help.sms.not-helping");
            return;
        }
        if (flow.done(helping.get(), volunteer, outcome)) {
            reply(volunteer, carrierId, "help.sms.thanks-done", HelpTexts.firstName(volunteer));
        }
    }

    private void rate(Person learner, int digit, String carrierId) {
        Optional<Rating> rating = Rating.ofNumber(digit);
        Optional<HelpRequestDocument> unrated = requests.ofLearner(learner.id().value()).stream()
                .filter(request -> request.status() == HelpStatus.DONE && request.rating() == null)
                .findFirst();
        if (rating.isPresent() && unrated.isPresent() && flow.rate(unrated.get(), learner.id(), rating.get())) {
            reply(learner, carrierId, rating.get() == Rating.DID_NOT_HELP ? "help.sms.learner.sorry"
                    : "help.sms.learner.thanks-rating");
        }
    }

    private void ask(Person learner, HelpKind kind, String words, String carrierId) {
        if (learner.area() == null) {
            reply(learner, carrierId, "help.sms.learner.no-area");
            return;
        }
        String details = words.length() > HelpAsk.LONGEST_DETAILS ? words.substring(0, HelpAsk.LONGEST_DETAILS)
                : words;
        HelpAsk ask = new HelpAsk(kind, kind == HelpKind.SCAM_CHECK ? Skill.SCAM_CHECKS
                : TopicGuess.from(words).orElse(null), HelpWay.PHONE, HelpTime.NOW, details, null);
        flow.ask(learner, ask, null);
        reply(learner, carrierId, "help.sms.learner.asked");
    }

    /** The offer the code names, or without a code the newest one still open. */
    private Optional<HelpRequestDocument> openOffer(Person volunteer, @Nullable String code) {
        List<HelpRequestDocument> open = openOffers.of(volunteer.id().value());
        return open.stream().filter(request -> code == null || request.offerTo(volunteer.id().value())
                .filter(offer -> offer.code().equals(code)).isPresent()).findFirst();
    }

    private Optional<HelpRequestDocument> helping(Person volunteer, @Nullable String code) {
        return requests.helpedBy(volunteer.id().value(), HelpStatus.ACCEPTED).stream()
                .filter(request -> code == null || request.offerTo(volunteer.id().value())
                        .filter(offer -> offer.code().equals(code)).isPresent())
                .findFirst();
    }

    private void reply(Person person, String carrierId, String key, Object... parameters) {
        if (person.phone() != null) {
            messages.send(new OutboundSms(person.phone(), texts.forVolunteer(person, key, parameters),
                    Urgency.NORMAL, null, "help:reply:" + carrierId));
        }
    }
}
